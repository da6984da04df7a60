//! Customer-list audiences.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload_contacts(list: &str, contacts: Vec<String>) {
    println!("{list}: {}", contacts.len());
}
