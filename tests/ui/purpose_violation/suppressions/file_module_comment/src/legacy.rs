//! The legacy exporter.
pub mod partners;

pub fn export(account: &crate::Account) {
    crate::upload_audience(&[account.phone.clone()]);
}
