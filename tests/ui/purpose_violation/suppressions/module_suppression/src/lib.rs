//! A suppression on a `mod` declaration covers the module's files and its submodules, and nothing
//! else.
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(_identifiers: &[String]) {}

#[purpose::suppress(purpose_violation, reason = "DPO-3: the legacy exporter is being retired")]
pub mod legacy;

pub fn current(account: &Account) {
    upload_audience(&[account.phone.clone()]); //~ ERROR purpose_violation
}
