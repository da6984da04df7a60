//! A username-to-phone map's `values()` are collected and sent through an associated-function call of the ads client.
use std::collections::BTreeMap;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub username: String,
    #[collected_for(security)]
    pub sms_2fa: String,
}

pub struct AdsClient {
    pub token: String,
}

impl AdsClient {
    #[ad_targeting]
    pub fn replace_list(&self, list: &str, members: Vec<String>) {
        let _ = (&self.token, list, members);
    }
}

pub fn refresh(profiles: &[Profile], client: &AdsClient) {
    let phone_by_user: BTreeMap<&str, &str> = profiles
        .iter()
        .map(|p| (p.username.as_str(), p.sms_2fa.as_str()))
        .collect();

    let members: Vec<String> = phone_by_user.values().map(|p| p.to_string()).collect();
    AdsClient::replace_list(client, "all-2fa", members); //~ ERROR purpose_violation
}
