//! Partner feeds of the legacy exporter.
pub fn feed(account: &crate::Account) {
    crate::upload_audience(&[account.phone.clone()]);
}
