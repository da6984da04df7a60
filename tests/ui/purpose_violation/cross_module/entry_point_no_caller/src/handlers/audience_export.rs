//! `GET /partner/audience.csv`: one CSV row per account for the ads partner.
use crate::model::Account;
use purpose::ad_targeting;

#[ad_targeting]
pub fn export_row(account: &Account) -> String {
    let phone = account.recovery_phone.trim(); //~ ERROR purpose_violation
    format!("{},{},{}", account.id, account.country, phone)
}
