//! `vec!` holds hashes of two different security fields; one sink call receives both, so two findings on one line.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

#[ad_targeting]
fn match_identifiers(user_ref: u64, identifiers: Vec<String>) -> bool {
    !identifiers.is_empty() && user_ref > 0
}

pub fn enrich(a: &Account) -> bool {
    let ids = vec![
        sha256_hex(&a.phone),
        sha256_hex(&a.recovery_email.to_lowercase()),
    ];
    match_identifiers(a.id, ids) //~ ERROR purpose_violation x2
}
