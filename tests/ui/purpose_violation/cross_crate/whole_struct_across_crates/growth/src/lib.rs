//! A whole `Account` is passed to a sink in another crate whose body reads `.phone`: the finding is at
//! this call site.
use accounts::Account;

pub fn on_first_purchase(account: &Account) {
    ads_platform::enroll(account, "first-purchase"); //~ ERROR purpose_violation
}
