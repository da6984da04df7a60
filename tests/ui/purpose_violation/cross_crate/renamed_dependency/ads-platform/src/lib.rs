//! The ads platform, depended on as `ads` by `campaigns`.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_member(campaign: &str, identifier: &str) {
    println!("{campaign} <- {identifier}");
}
