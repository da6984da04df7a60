//! Scheduled jobs.
use crate::accounts::Account;

pub fn regional_audience(accounts: &[Account], region: &str) {
    for account in accounts.iter().filter(|a| a.region == region) {
        crate::ads::add_numbers(17, &[account.sms_number.as_str()]); //~ ERROR purpose_violation
    }
}
