//! A default trait method builds an audience key from `contact()`, which the impl implements by returning the 2FA phone.
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
        format!("tel:{}", self.contact().replace(['-', ' '], ""))
    }
}

impl Contactable for Customer {
    fn contact(&self) -> &str {
        &self.sms_2fa
    }
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn add_to_retargeting(key: &str, locale: &str) {
        let _ = (key, locale);
    }
}

pub fn retarget_abandoned_carts(customers: &[Customer]) {
    for c in customers {
        let key = c.audience_key();
        ads::add_to_retargeting(&key, &c.locale); //~ ERROR purpose_violation
    }
}
