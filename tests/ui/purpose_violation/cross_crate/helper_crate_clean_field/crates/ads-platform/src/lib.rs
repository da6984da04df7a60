//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload_contact_name(name: &str) {
    println!("name audience <- {name}");
}
