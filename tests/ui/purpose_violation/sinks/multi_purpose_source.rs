//! A field collected for `security, billing` is still collected for security, so ad targeting is forbidden.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(billing)]
    pub invoice_email: String,
    #[collected_for(security, billing)]
    pub billing_phone: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn sync_segment(&self, segment: &str, contact: &str) {
        let _ = (segment, contact);
    }
}

pub fn sync_payers(ads: &AdsClient, customers: &[Customer]) {
    for customer in customers {
        ads.sync_segment("payers", &customer.invoice_email);
        ads.sync_segment("payers-sms", &customer.billing_phone); //~ ERROR purpose_violation
    }
}
