//! A forwarding helper that calls the sink is only ever given the marketing email; the 2FA number goes
//! to a different helper that sends an SMS.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub id: u64,
    #[collected_for(marketing)]
    pub newsletter_email: String,
    #[collected_for(security)]
    pub sms_2fa_number: String,
}

pub mod partner {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn send_identifier(kind: &str, value: &str) {
        println!("partner identifier {kind}: {} bytes", value.len());
    }
}

pub mod sms {
    pub fn send_code(to: &str, code: u32) {
        println!("sms {to}: {code:06}");
    }
}

fn share_identifier(kind: &str, value: &str) {
    partner::send_identifier(kind, value);
}

fn verify_number(number: &str, code: u32) {
    sms::send_code(number, code);
}

pub fn on_signup(subscriber: &Subscriber, code: u32) {
    share_identifier("email", &subscriber.newsletter_email);
    verify_number(&subscriber.sms_2fa_number, code);
}
