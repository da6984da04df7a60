//! Plan mix for the ads team; only clean data reaches the real sink.
use accounts::Account;

pub fn plan_audience(accounts: &[Account]) {
    let plans: Vec<String> = accounts.iter().map(|a| a.plan.clone()).collect();
    ads_platform::upload(&plans);
}
