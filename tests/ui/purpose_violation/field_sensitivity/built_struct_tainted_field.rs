//! A struct built with `hashed: user.phone.clone()` carries the number in that field; sending `entry.hashed` is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AudienceEntry {
    pub id: u64,
    pub hashed: String,
}

#[ad_targeting]
pub fn upload_match_key(key: &str) {
    let _ = key;
}

pub fn export(users: &[User]) {
    for user in users {
        let entry = AudienceEntry { id: user.id, hashed: user.phone.clone() };
        println!("exporting {}", entry.id);
        upload_match_key(&entry.hashed); //~ ERROR purpose_violation
    }
}
