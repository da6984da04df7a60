//! Suppressions and declassifiers must say why; without a reason they still apply but are reported.
use purpose::{ad_targeting, declassify, suppress, Purpose};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(_identifiers: &[String]) {}

#[suppress(purpose_violation)] //~ ERROR suppression_without_reason
pub fn legacy_export(account: &Account) {
    upload_audience(&[account.phone.clone()]);
}

pub fn nightly(account: &Account) {
    // purpose::suppress(purpose_violation)
    upload_audience(&[account.phone.clone()]); //~^ ERROR suppression_without_reason
}

#[declassify] //~ ERROR suppression_without_reason
pub fn count_with_phone(accounts: &[Account]) -> usize {
    accounts.iter().filter(|account| !account.phone.is_empty()).count()
}
