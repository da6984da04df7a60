//! `self::notify` in a nested module is that module's own SMS helper; the sink `notify` lives in the
//! parent's `ads` module and is reached through `super::` only with clean data.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

pub mod growth {
    pub mod ads {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn notify(recipient: &str, message: &str) {
            println!("ad notification for {recipient}: {message}");
        }
    }

    pub mod security_alerts {
        fn notify(recipient: &str, message: &str) {
            println!("sms to {recipient}: {message}");
        }

        pub fn new_device(account: &crate::Account) {
            self::notify(&account.phone, "A new device signed in to your account.");
            super::ads::notify(&account.segment, "security-feature-adopter");
        }
    }
}
