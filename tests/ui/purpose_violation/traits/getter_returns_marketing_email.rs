//! Safe: the trait getter is implemented with the marketing opt-in email, not the 2FA phone stored beside it.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Shopper {
    pub id: u64,
    #[collected_for(marketing)]
    pub newsletter_email: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

pub trait Contactable {
    fn contact(&self) -> &str;
}

impl Contactable for Shopper {
    fn contact(&self) -> &str {
        &self.newsletter_email
    }
}

mod sms {
    pub fn send_code(to: &str, code: &str) {
        println!("sms to {to}: {code}");
    }
}

#[ad_targeting]
pub fn add_to_lookalike(seed: &str, contacts: &[String]) {
    let _ = (seed, contacts);
}

pub fn send_login_code(shopper: &Shopper, code: &str) {
    sms::send_code(&shopper.otp_phone, code);
}

pub fn build_lookalike<C: Contactable>(people: &[C]) {
    let contacts: Vec<String> = people.iter().map(|p| p.contact().to_owned()).collect();
    add_to_lookalike("repeat-buyers", &contacts);
}
