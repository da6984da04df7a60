//! Ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload_contacts(list: &str, contacts: &[String]) {
    println!("ads {list}: {}", contacts.len());
}
