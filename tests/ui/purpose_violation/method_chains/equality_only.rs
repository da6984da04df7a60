//! Comparing the number with `==` against a test number yields a bool without its content: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn track_conversion(&self, customer_id: u64, is_internal: bool) {
        let _ = (customer_id, is_internal);
    }
}

const QA_NUMBER: &str = "+15550100";

pub fn after_checkout(ads: &AdsClient, customer: &Customer) {
    let is_internal = customer.mfa_number.trim() == QA_NUMBER;
    ads.track_conversion(customer.customer_id, is_internal);
}
