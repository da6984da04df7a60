//! The batch uploaded inside the loop was filled from the security field in earlier iterations: both uploads are violations.
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
    pub fn sync_segment(&self, numbers: &[String]) {
        let _ = numbers;
    }
}

pub fn sync_in_batches(ads: &AdsClient, customers: &[Customer]) {
    let mut batch: Vec<String> = Vec::new();
    for customer in customers {
        if batch.len() == 100 {
            ads.sync_segment(&batch); //~ ERROR purpose_violation
            batch = Vec::new();
        }
        batch.push(customer.mfa_number.clone());
    }
    if !batch.is_empty() {
        ads.sync_segment(&batch); //~ ERROR purpose_violation
    }
}
