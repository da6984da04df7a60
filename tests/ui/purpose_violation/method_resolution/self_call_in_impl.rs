//! Inside an impl, `Self::target(self, ..)` calls the annotated method of the same type; the clean
//! `self.target(..)` call beside it stays quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub nickname: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct Campaign {
    pub name: String,
}

impl Campaign {
    #[ad_targeting]
    pub fn target(&self, identifier: &str) {
        println!("{} targets {identifier}", self.name);
    }

    pub fn launch(&self, account: &Account) {
        self.target(&account.nickname);
        Self::target(self, &account.phone); //~ ERROR purpose_violation
    }
}
