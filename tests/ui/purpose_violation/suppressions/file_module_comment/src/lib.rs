//! A suppression comment above `mod name;` covers the module's file and its submodules: on stable
//! Rust an attribute cannot be put on a file module.
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(_identifiers: &[String]) {}

// purpose::suppress(purpose_violation, reason = "DPO-3: the legacy exporter is being retired")
pub mod legacy;

pub fn current(account: &Account) {
    upload_audience(&[account.phone.clone()]); //~ ERROR purpose_violation
}
