//! A suppression on an inline module covers everything in it, and nothing outside it.
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(_identifiers: &[String]) {}

#[purpose::suppress(purpose_violation, reason = "DPO-3: the legacy exporter is being retired")]
pub mod legacy {
    pub fn export(account: &crate::Account) {
        crate::upload_audience(&[account.phone.clone()]);
    }

    pub mod partners {
        pub fn feed(account: &crate::Account) {
            crate::upload_audience(&[account.phone.clone()]);
        }
    }
}

pub fn current(account: &Account) {
    upload_audience(&[account.phone.clone()]); //~ ERROR purpose_violation
}
