//! Crate C of three: the flow. The phone from `accounts` reaches the sink in `ads-platform`.
use accounts::Account;

pub fn export_paying(accounts: &[Account]) {
    let mut phones = Vec::new();
    for account in accounts.iter().filter(|a| a.plan != "free") {
        phones.push(account.phone.clone());
    }
    ads_platform::upload_audience("paying-customers", &phones); //~ ERROR purpose_violation
}
