//! The advertising partner.
use purpose::ad_targeting;

#[ad_targeting]
pub fn push(identifier: &str, locale: &str) {
    println!("ad partner <- {identifier} ({locale})");
}
