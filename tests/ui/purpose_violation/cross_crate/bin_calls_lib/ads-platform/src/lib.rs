//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload(contacts: &[String]) {
    println!("uploading {}", contacts.len());
}
