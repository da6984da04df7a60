//! A module glob-imports the ads module but defines its own `record_conversion`; local items shadow
//! glob imports, so the phone goes to the local audit function, not to the sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    pub fn conversion_value(cents: u64) -> f64 {
        cents as f64 / 100.0
    }

    #[ad_targeting]
    pub fn record_conversion(identifier: &str, value: f64) {
        println!("conversion {identifier}: {value}");
    }
}

pub mod checkout {
    use crate::Account;
    use crate::ads::*;

    /// Writes the security audit log entry for a purchase confirmed by SMS.
    fn record_conversion(identifier: &str, value: f64) {
        eprintln!("audit: purchase of {value} confirmed via {identifier}");
    }

    pub fn confirm_purchase(account: &Account, cents: u64) {
        let value = conversion_value(cents);
        record_conversion(&account.phone, value);
    }
}
