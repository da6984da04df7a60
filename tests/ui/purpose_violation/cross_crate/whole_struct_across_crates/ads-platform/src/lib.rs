//! The ads platform knows the account type and keys its audiences by phone.
use accounts::Account;
use purpose::ad_targeting;

#[ad_targeting]
pub fn enroll(account: &Account, audience: &str) {
    let key = account.phone.chars().filter(char::is_ascii_digit).collect::<String>();
    println!("{audience}: {} ({})", key, account.locale);
}
