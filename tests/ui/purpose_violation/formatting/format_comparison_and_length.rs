//! A format string built from a comparison and a length of the number carries none of its content: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    pub sim_country: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

#[ad_targeting]
pub fn set_audience_traits(account_id: u64, traits: &str) {
    let _ = (account_id, traits);
}

pub fn publish_traits(account: &Account) {
    let domestic = account.verified_mobile.starts_with("+44") == (account.sim_country == "GB");
    let traits = format!(
        "domestic={};mobile_len={}",
        domestic,
        account.verified_mobile.len()
    );
    set_audience_traits(account.account_id, &traits);
}
