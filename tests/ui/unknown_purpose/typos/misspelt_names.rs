//! Misspelt purposes and uses match no rule, so the data they mark is unprotected: reported with the
//! name they probably meant. Names far from any known one are purposes of their own.
use purpose::{used_for, Purpose};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(securty)] //~ ERROR unknown_purpose
    pub phone: String,
    #[collected_for(account_recovery)]
    pub recovery_email: String,
    #[collected_for(two_factor)]
    pub totp_seed: String,
}

#[used_for(ad_targetting)] //~ ERROR unknown_purpose
pub fn upload_audience(_identifiers: &[String]) {}

#[used_for(fraud_detection)]
pub fn score(_phone: &str) {}
