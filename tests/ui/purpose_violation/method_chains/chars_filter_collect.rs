//! Keeping only the digits with `.chars().filter(..).collect::<String>()` still yields the number: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub username: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

#[ad_targeting]
pub fn upload_hashed_match_key(key: &str) {
    let _ = key;
}

pub fn export(account: &Account) {
    let digits = account
        .verified_mobile
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect::<String>();
    upload_hashed_match_key(&digits); //~ ERROR purpose_violation
}
