//! Safe: the default `audience_key` would use the 2FA contact, but `Customer` overrides it with its opaque id.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub id: u64,
    pub locale: String,
    #[collected_for(security)]
    pub sms_2fa: String,
}

pub trait Contactable {
    fn contact(&self) -> &str;

    fn audience_key(&self) -> String {
        format!("tel:{}", self.contact())
    }
}

impl Contactable for Customer {
    fn contact(&self) -> &str {
        &self.sms_2fa
    }

    fn audience_key(&self) -> String {
        format!("cust:{:x}", self.id)
    }
}

#[ad_targeting]
fn add_to_retargeting(key: &str, locale: &str) {
    let _ = (key, locale);
}

pub fn retarget_abandoned_carts(customers: &[Customer]) {
    for c in customers {
        add_to_retargeting(&c.audience_key(), &c.locale);
    }
}

pub fn resend_code(c: &Customer, code: &str) {
    println!("sending {code} to {}", c.contact());
}
