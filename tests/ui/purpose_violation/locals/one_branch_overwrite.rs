//! The 2FA mobile is assigned only when the marketing email is missing; on that path it reaches the sink: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub marketing_email: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

#[ad_targeting]
pub fn track_conversion(event: &str, contact: &str) {
    let _ = (event, contact);
}

pub fn after_purchase(account: &Account) {
    let mut destination = account.marketing_email.clone();
    if account.marketing_email.is_empty() {
        // fall back to the number we have on file
        destination = account.verified_mobile.clone();
    }
    track_conversion("purchase", &destination); //~ ERROR purpose_violation
}
