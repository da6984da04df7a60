//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload(values: &[String]) -> usize {
    values.len()
}
