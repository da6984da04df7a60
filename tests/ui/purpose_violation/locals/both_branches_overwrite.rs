//! Every path overwrites the 2FA mobile before the sink call, so the sink never sees it: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub marketing_opt_in: bool,
    pub marketing_email: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

fn send_otp(to: &str) {
    let _ = to;
}

#[ad_targeting]
pub fn track_conversion(event: &str, contact: &str) {
    let _ = (event, contact);
}

pub fn after_login(account: &Account) {
    let mut destination = account.verified_mobile.clone();
    send_otp(&destination);
    if account.marketing_opt_in {
        destination = account.marketing_email.clone();
    } else {
        destination = String::from("unsubscribed");
    }
    track_conversion("login", &destination);
}
