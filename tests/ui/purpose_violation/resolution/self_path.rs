//! A call through `self::` names the sink declared in the same module.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod lookalikes {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn seed(seed_key: &str) {
        println!("seeding lookalikes from {seed_key}");
    }

    pub fn seed_from_account(account: &crate::Account) {
        let key = account.phone.trim();
        self::seed(key); //~ ERROR purpose_violation
    }
}
