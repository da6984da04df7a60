//! A helper that forwards its argument to the sink: the finding is on the sink call inside the helper,
//! once, although two callers pass the 2FA number (and a third passes a marketing address).
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

fn share_identifier(kind: &str, value: &str) {
    partner::send_identifier(kind, value); //~ ERROR purpose_violation
}

pub fn on_signup(subscriber: &Subscriber) {
    share_identifier("email", &subscriber.newsletter_email);
    share_identifier("phone", &subscriber.sms_2fa_number);
}

pub fn on_phone_changed(subscriber: &Subscriber) {
    let number = subscriber.sms_2fa_number.clone();
    share_identifier("phone", &number);
}
