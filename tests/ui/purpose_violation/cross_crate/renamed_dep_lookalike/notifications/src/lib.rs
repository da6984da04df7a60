//! The dependency named `ads` here is the `sms-gateway` package (`ads = { package = "sms-gateway" }`),
//! so `ads::upload` is not the sink `ads_platform::upload`.
use accounts::Account;

pub fn send_security_alert(accounts: &[Account]) {
    let recipients: Vec<String> = accounts.iter().map(|a| a.phone.clone()).collect();
    ads::upload(&recipients);
}
