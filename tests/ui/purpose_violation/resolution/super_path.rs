//! Calls through `super::` and `super::super::` from nested modules reach the sink in a sibling module.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security)]
    pub backup_email: String,
}

pub mod crm {
    pub mod ads {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn push_identifier(identifier: &str) {
            println!("identifier {identifier}");
        }
    }

    pub mod sync {
        pub fn nightly(account: &crate::Account) {
            super::ads::push_identifier(&account.phone); //~ ERROR purpose_violation
        }

        pub mod backfill {
            pub fn run(account: &crate::Account) {
                super::super::ads::push_identifier(&account.backup_email); //~ ERROR purpose_violation
            }
        }
    }
}
