//! `if let Some(Subscriber { sms_number, .. })` binds the security field; sending it is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub id: u64,
    pub tier: String,
    #[collected_for(security)]
    pub sms_number: String,
}

#[ad_targeting]
pub fn track_conversion(event: &str, phone: &str, value_cents: u64) {
    let _ = (event, phone, value_cents);
}

pub fn report_first_upgrade(subscribers: &[Subscriber]) {
    let premium: Vec<&Subscriber> = subscribers.iter().filter(|s| s.tier == "premium").collect();
    if let Some(Subscriber { sms_number, .. }) = premium.first().copied() {
        track_conversion("upgrade", sms_number, 999); //~ ERROR purpose_violation
    }
}
