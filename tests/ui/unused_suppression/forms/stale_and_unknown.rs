//! A suppression that covers no finding, or names no lint, is reported: it would only hide a future
//! flow.
use purpose::{ad_targeting, suppress, Purpose};

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(_identifiers: &[String]) {}

#[suppress(purpose_violation, reason = "phones were uploaded here until the 2024 cleanup")] //~ WARN unused_suppression
pub fn export_handles(account: &Account) {
    upload_audience(&[account.handle.clone()]);
}

#[suppress(purpose_violaton, reason = "reviewed in DPO-9")] //~ WARN unused_suppression
pub fn export_phone(account: &Account) {
    upload_audience(&[account.phone.clone()]); //~ ERROR purpose_violation
}
