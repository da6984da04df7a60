//! `!is_empty()` on the security field yields a bool that carries no data: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn set_user_property(&self, account_id: u64, key: &str, value: bool) {
        let _ = (account_id, key, value);
    }
}

pub fn publish_properties(ads: &AdsClient, account: &Account) {
    let has_mobile = !account.verified_mobile.is_empty();
    ads.set_user_property(account.account_id, "has_mobile", has_mobile);
}
