//! The receiver's type comes from the parameter type `client: &AdsClient`, whose `upload` is a sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AdsClient {
    pub api_key: String,
}

impl AdsClient {
    #[ad_targeting]
    pub fn upload(&self, audience: &str, identifiers: &[String]) {
        println!("{audience}: {} identifiers", identifiers.len());
    }
}

pub fn sync_account(client: &AdsClient, account: &Account) {
    let identifiers = vec![account.phone.clone()];
    client.upload("2fa-users", &identifiers); //~ ERROR purpose_violation
}
