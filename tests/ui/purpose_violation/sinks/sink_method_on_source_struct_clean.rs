//! A sink method on the annotated struct reads only `self.customer_id` and `self.plan`: quiet at the call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct AdsApi;

impl AdsApi {
    pub fn post(&self, path: &str, body: &str) {
        let _ = (path, body);
    }
}

impl Customer {
    #[ad_targeting]
    pub fn sync_to_ads(&self, api: &AdsApi) {
        let body = format!("{}:{}", self.customer_id, self.plan);
        api.post("/audiences/paid", &body);
    }
}

pub fn on_upgrade(api: &AdsApi, customer: &Customer) {
    if customer.plan == "pro" {
        customer.sync_to_ads(api);
    }
}
