//! A helper returns the uploader as `impl Fn`; the caller hands it the recovery phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_phone: String,
}

#[ad_targeting]
fn match_customer(phone: &str) {
    let _ = phone;
}

fn audience_matcher(campaign: u32) -> impl Fn(&str) {
    move |phone: &str| {
        let _ = campaign;
        match_customer(phone) //~ ERROR purpose_violation
    }
}

fn otp_sender() -> impl Fn(&str) {
    |phone: &str| {
        let _ = phone;
    }
}

pub fn nightly(accounts: &[Account]) {
    let matcher = audience_matcher(7);
    let send_otp = otp_sender();
    for account in accounts {
        send_otp(&account.recovery_phone);
        matcher(&account.recovery_phone);
    }
}
