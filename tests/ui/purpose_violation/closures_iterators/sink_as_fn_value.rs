//! The sink function itself is passed to `for_each`; it is called with every 2FA phone of the list.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub plan: String,
    #[collected_for(security)]
    pub sms_number: String,
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn add_contact(contact: &str) {
        let _ = contact;
    }
}

pub fn seed_premium_audience(subs: &[Subscriber]) {
    let numbers: Vec<String> = subs
        .iter()
        .filter(|s| s.plan == "premium")
        .map(|s| s.sms_number.clone())
        .collect();
    numbers.iter().map(String::as_str).for_each(ads::add_contact); //~ ERROR purpose_violation
}
