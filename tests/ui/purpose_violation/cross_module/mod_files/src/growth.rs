//! Growth jobs: the trial-conversion audience.
use crate::accounts::Account;
use crate::ads;

pub fn export_trial_users(accounts: &[Account]) {
    let mut phones = Vec::new();
    for account in accounts {
        if account.on_trial {
            phones.push(account.phone.clone());
        }
    }
    ads::upload_audience("trial-conversion", &phones); //~ ERROR purpose_violation
}
