//! Hashing does not launder: a local `sha256_hex` helper over the 2FA phone still carries it to the match API.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Customer {
    pub id: u64,
    #[collected_for(security)]
    pub otp_phone: String,
}

fn normalize_e164(raw: &str) -> String {
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    format!("+{digits}")
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn customer_match(hashed_phones: Vec<String>) {
        let _ = hashed_phones;
    }
}

pub fn nightly(customers: &[Customer]) {
    let hashed = customers
        .iter()
        .map(|c| sha256_hex(&normalize_e164(&c.otp_phone)))
        .collect();
    ads::customer_match(hashed); //~ ERROR purpose_violation
}
