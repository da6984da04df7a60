//! An inline capture `{mobile}` in a format string reads the local that holds the security field: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct ConversionsApi {
    pub pixel_id: String,
}

impl ConversionsApi {
    #[ad_targeting]
    pub fn send_event(&self, json_body: &str) {
        let _ = (&self.pixel_id, json_body);
    }
}

pub fn report_purchase(api: &ConversionsApi, account: &Account, value_cents: u64) {
    let mobile = account.verified_mobile.trim();
    let body = format!("{{\"event\":\"purchase\",\"ph\":\"{mobile}\",\"value\":{value_cents}}}");
    api.send_event(&body); //~ ERROR purpose_violation
}
