//! A workspace trait implemented for a dependency's type: a value of that type built by the
//! dependency still runs the workspace impl.
use purpose::{Purpose, ad_targeting};
use reqwest::Client;

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

pub trait AudienceSink {
    fn add_member(&self, identifier: String);
}

impl AudienceSink for Client {
    #[ad_targeting]
    fn add_member(&self, identifier: String) {
        let _ = identifier;
    }
}

pub fn enrol(account: &Account) {
    let client = Client::new();
    client.add_member(account.phone.clone()); //~ ERROR purpose_violation
}
