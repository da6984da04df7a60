//! Getters of sibling fields stay clean: only the `phone` getter is tainted, and it only reaches SMS.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    handle: String,
    #[collected_for(security)]
    phone: String,
    #[collected_for(analytics)]
    signup_channel: String,
}

impl Account {
    pub fn handle(&self) -> &str {
        &self.handle
    }

    pub fn phone(&self) -> &str {
        &self.phone
    }

    pub fn signup_channel(&self) -> &str {
        &self.signup_channel
    }
}

pub mod sms {
    pub fn send_code(to: &str, code: u32) {
        println!("sms to {to}: your code is {code:06}");
    }
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn tag_user(handle: &str, channel: &str) {
        println!("tagging {handle} as acquired via {channel}");
    }
}

pub fn after_login(account: &Account, code: u32) {
    sms::send_code(account.phone(), code);
    ads::tag_user(account.handle(), account.signup_channel());
}
