//! `#[purpose::ad_targeting]` written by path is recognised by its last segment: violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Subscriber {
    pub id: u64,
    #[collected_for(security)]
    pub sms_number: String,
}

pub struct OfflineConversions {
    pub dataset: String,
}

impl OfflineConversions {
    #[purpose::ad_targeting]
    pub fn record(&self, phone: &str, value_cents: u64) {
        let _ = (&self.dataset, phone, value_cents);
    }
}

pub fn store_purchase(conversions: &OfflineConversions, subscriber: &Subscriber, cents: u64) {
    conversions.record(&subscriber.sms_number, cents); //~ ERROR purpose_violation
}
