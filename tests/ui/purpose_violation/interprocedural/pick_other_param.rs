//! A helper receives the phone and the marketing email but returns only the email: allowed.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    #[collected_for(security)]
    pub sms_number: String,
    #[collected_for(marketing)]
    pub marketing_email: String,
}

/// The identifier we are allowed to use for ads; the SMS number is only there to keep the call sites
/// uniform with the notification code.
fn audience_key(sms_number: String, marketing_email: String) -> String {
    drop(sms_number);
    marketing_email
}

#[ad_targeting]
pub fn add_to_newsletter_lookalikes(key: &str) {
    println!("lookalike seed {key}");
}

pub fn on_confirmed(subscriber: &Subscriber) {
    let key = audience_key(subscriber.sms_number.clone(), subscriber.marketing_email.clone());
    add_to_newsletter_lookalikes(&key);
}
