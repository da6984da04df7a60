//! Safe: one generic helper is instantiated twice; the SMS instantiation gets phones, the ads instantiation only usernames.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub username: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

pub trait Channel {
    fn push(&self, item: &str);
}

pub struct TwilioVerify;
pub struct SnapAudience;

impl Channel for TwilioVerify {
    fn push(&self, item: &str) {
        println!("verify {item}");
    }
}

impl Channel for SnapAudience {
    #[ad_targeting]
    fn push(&self, item: &str) {
        let _ = item;
    }
}

fn broadcast<C: Channel>(channel: &C, items: &[String]) {
    for item in items {
        channel.push(item);
    }
}

pub fn nightly(users: &[User]) {
    let phones: Vec<String> = users.iter().map(|u| u.otp_phone.clone()).collect();
    broadcast(&TwilioVerify, &phones);

    let handles: Vec<String> = users.iter().map(|u| format!("@{}", u.username)).collect();
    broadcast(&SnapAudience, &handles);
}
