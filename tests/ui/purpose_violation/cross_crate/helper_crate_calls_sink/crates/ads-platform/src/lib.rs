//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload_contact(name: &str, phone: &str) {
    println!("{name} <- {phone}");
}
