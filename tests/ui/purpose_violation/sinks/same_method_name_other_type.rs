//! `AuditLog::sync_segment` has the same name as the sink `AdsClient::sync_segment` but is not annotated: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct AdsClient;
pub struct AuditLog;

impl AdsClient {
    #[ad_targeting]
    pub fn sync_segment(&self, segment: &str, value: &str) {
        let _ = (segment, value);
    }
}

impl AuditLog {
    pub fn sync_segment(&self, segment: &str, value: &str) {
        let _ = (segment, value);
    }
}

pub fn rotate_mfa(ads: &AdsClient, audit: &AuditLog, customer: &Customer) {
    audit.sync_segment("mfa-rotated", &customer.mfa_number);
    ads.sync_segment(&customer.segment, &customer.customer_id.to_string());
}
