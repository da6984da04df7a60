//! A local closure named `upload` shadows the imported sink of the same name; the phone goes to the
//! closure, which only appends to an in-memory audit list.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload(identifier: &str) {
        println!("ads upload {identifier}");
    }
}

pub mod verification {
    use crate::Account;
    use crate::ads::upload;

    pub fn verified_numbers(accounts: &[Account]) -> Vec<String> {
        let mut audit = Vec::new();
        let mut upload = |identifier: &str| audit.push(identifier.to_owned());
        for account in accounts {
            upload(&account.phone);
        }
        audit
    }

    pub fn announce(label: &str) {
        upload(label);
    }
}
