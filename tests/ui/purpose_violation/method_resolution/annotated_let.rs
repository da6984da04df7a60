//! The receiver's type is known only from the let annotation (`let client: AudienceClient =
//! Default::default();`).
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

#[derive(Default)]
pub struct AudienceClient {
    batch: Vec<String>,
}

impl AudienceClient {
    #[ad_targeting]
    pub fn add_member(&mut self, identifier: String) {
        self.batch.push(identifier);
    }
}

pub fn build(accounts: &[Account]) {
    let mut client: AudienceClient = Default::default();
    for account in accounts {
        client.add_member(account.phone.clone()); //~ ERROR purpose_violation
    }
}
