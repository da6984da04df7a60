//! The inline capture is `{phone_label}`, a different local from the tainted `phone`: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    pub preferred_label: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct ConversionsApi;

impl ConversionsApi {
    #[ad_targeting]
    pub fn send_event(&self, json_body: &str) {
        let _ = json_body;
    }
}

pub fn report_signup(api: &ConversionsApi, account: &Account) {
    let phone = account.verified_mobile.trim();
    let phone_label = account.preferred_label.as_str();
    if phone.is_empty() {
        return;
    }
    let body = format!("{{\"event\":\"signup\",\"contact_type\":\"{phone_label}\"}}");
    api.send_event(&body);
}
