//! A dependency's builder (`reqwest::Client::builder()...build()`) is not the workspace's own
//! `build` sink, even though the receiver's type is not known beyond "the dependency's".
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

pub struct AudienceExport {
    rows: Vec<String>,
}

impl AudienceExport {
    #[ad_targeting]
    pub fn build(&self) -> usize {
        self.rows.len()
    }
}

pub fn sms_client(account: &Account) {
    let client = reqwest::Client::builder()
        .user_agent(account.phone.clone())
        .build()
        .expect("client");
    let _ = client;
}
