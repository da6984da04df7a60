//! A `Cow<str>` normalizer borrows or rewrites the SMS phone; `into_owned()` of the result becomes a phone-match key for the ads API.
use purpose::{Purpose, ad_targeting};
use std::borrow::Cow;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub country: String,
    #[collected_for(security)]
    pub sms_phone: String,
}

fn normalize(raw: &str) -> Cow<'_, str> {
    if raw.contains([' ', '-', '(', ')']) {
        Cow::Owned(raw.replace([' ', '-', '(', ')'], ""))
    } else {
        Cow::Borrowed(raw)
    }
}

pub struct PhoneMatch {
    pub advertiser_id: String,
}

impl PhoneMatch {
    #[ad_targeting]
    pub fn match_phone(&self, phone: &str, country: &str) -> bool {
        let _ = (&self.advertiser_id, phone, country);
        true
    }
}

pub fn reconcile(accounts: &[Account], pm: &PhoneMatch) -> Vec<u64> {
    let mut matched = Vec::new();
    for a in accounts {
        let key: String = normalize(&a.sms_phone).into_owned();
        if pm.match_phone(&key, &a.country) { //~ ERROR purpose_violation
            matched.push(a.id);
        }
    }
    matched
}
