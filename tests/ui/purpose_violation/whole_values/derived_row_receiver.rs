//! A row struct built with a hash of the phone is the receiver of a consuming sink method.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct User {
    pub country: String,
    #[collected_for(security)]
    pub phone: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

pub struct AudienceRow {
    pub key: String,
    pub country: String,
}

impl AudienceRow {
    #[ad_targeting]
    pub fn submit(self, list: &str) {
        let _ = (list, self.key, self.country);
    }
}

pub fn export(users: &[User]) {
    for u in users {
        let row = AudienceRow {
            key: sha256_hex(&u.phone),
            country: u.country.clone(),
        };
        row.submit("phone-match"); //~ ERROR purpose_violation
    }
}
