//! Safe: both values are hashed the same way, but only the marketing email's hash reaches ads; the phone hash goes to fraud.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Customer {
    #[collected_for(marketing)]
    pub email: String,
    #[collected_for(security)]
    pub phone: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

mod fraud {
    pub fn seen_before(phone_hash: &str) -> bool {
        phone_hash.starts_with("00")
    }
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn customer_match(hashed_emails: Vec<String>) {
        let _ = hashed_emails;
    }
}

pub fn nightly(customers: &[Customer]) {
    let repeat = customers.iter().filter(|c| fraud::seen_before(&sha256_hex(&c.phone))).count();
    println!("{repeat} repeat phones");

    let hashed = customers.iter().map(|c| sha256_hex(&c.email.to_lowercase())).collect();
    ads::customer_match(hashed);
}
