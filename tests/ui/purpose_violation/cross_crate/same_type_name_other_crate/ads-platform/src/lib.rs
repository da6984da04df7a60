//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_business_contact(company: &str, phone: &str) {
    println!("{company}: {phone}");
}
