//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_identifier(identifier: &str) {
    println!("identifier {identifier}");
}
