//! A method that reads `self.mfa_number` and hands it to an ad-targeting method is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct AdsClient {
    pub segment: String,
}

impl AdsClient {
    #[ad_targeting]
    pub fn sync_segment(&self, contact: &str) {
        let _ = (&self.segment, contact);
    }
}

impl Customer {
    pub fn enrol_in_lookalikes(&self, ads: &AdsClient) {
        if self.plan == "free" {
            ads.sync_segment(&self.mfa_number); //~ ERROR purpose_violation
        }
    }
}
