//! A constructor `Audience::from_account(&account)` copies the phone into a field that is uploaded later.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct Audience {
    pub name: String,
    pub identifiers: Vec<String>,
}

impl Audience {
    pub fn from_account(account: &Account) -> Self {
        Audience { name: format!("acct-{}", account.id), identifiers: vec![account.phone.clone()] }
    }
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn create_custom_audience(name: &str, identifiers: &[String]) {
        println!("{name}: {} identifiers", identifiers.len());
    }
}

pub fn build_audience(account: &Account) {
    let audience = Audience::from_account(account);
    ads::create_custom_audience(&audience.name, &audience.identifiers); //~ ERROR purpose_violation
}
