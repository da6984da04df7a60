//! The rules of `purpose.toml` that match something stay quiet.
use ads_sdk::AudienceClient;
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn lookalike(_ids: &[String]) {}

pub fn sync(client: &AudienceClient, account: &Account) {
    client.upload(vec![account.handle.clone()]);
    lookalike(&[account.handle.clone()]);
}
