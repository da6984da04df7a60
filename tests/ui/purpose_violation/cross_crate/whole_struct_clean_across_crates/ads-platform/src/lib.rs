//! The ads platform knows the account type but keys its audiences by plan and locale only.
use accounts::Account;
use purpose::ad_targeting;

#[ad_targeting]
pub fn enroll(account: &Account, audience: &str) {
    let key = format!("{}:{}", account.plan, account.locale);
    println!("{audience}: {} -> {key}", account.id);
}
