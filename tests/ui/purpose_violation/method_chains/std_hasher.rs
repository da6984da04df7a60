//! Hashing the number into a `DefaultHasher` does not launder it: the digest reaching the sink is a violation.
use purpose::{Purpose, ad_targeting};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn upload_match_key(digest: u64) {
    let _ = digest;
}

pub fn upload_hashed(customer: &Customer) {
    let mut hasher = DefaultHasher::new();
    customer.mfa_number.trim().hash(&mut hasher);
    let digest = hasher.finish();
    upload_match_key(digest); //~ ERROR purpose_violation
}
