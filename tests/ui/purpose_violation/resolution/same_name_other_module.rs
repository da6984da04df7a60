//! Two modules define `notify`; only `ads::notify` is a sink, and the phone goes to the imported
//! `sms::notify`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn notify(recipient: &str, message: &str) {
        println!("ad push to {recipient}: {message}");
    }
}

pub mod sms {
    pub fn notify(recipient: &str, message: &str) {
        println!("sms to {recipient}: {message}");
    }
}

pub mod security_alerts {
    use crate::Account;
    use crate::sms::notify;

    pub fn new_device_sign_in(account: &Account, device: &str) {
        notify(&account.phone, &format!("New sign-in from {device}"));
        crate::ads::notify(&account.segment, "security-conscious");
    }
}
