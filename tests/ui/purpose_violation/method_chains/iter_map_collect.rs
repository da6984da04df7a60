//! `iter().map(|c| c.mfa_number.clone()).collect()` gathers the security field into a Vec: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub lifetime_value: u32,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn create_lookalike(&self, seed: Vec<String>) {
        let _ = seed;
    }
}

pub fn seed_from_top_customers(ads: &AdsClient, customers: &[Customer]) {
    let seed: Vec<String> = customers
        .iter()
        .filter(|c| c.lifetime_value > 500)
        .map(|c| c.mfa_number.clone())
        .collect();
    ads.create_lookalike(seed); //~ ERROR purpose_violation
}
