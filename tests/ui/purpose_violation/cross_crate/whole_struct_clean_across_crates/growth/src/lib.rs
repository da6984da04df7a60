//! A whole `Account` is passed to a sink in another crate that reads only clean fields: quiet.
use accounts::Account;

pub fn on_first_purchase(account: &Account) {
    ads_platform::enroll(account, "first-purchase");
}
