//! Fields collected for marketing and analytics may flow to ad targeting; the security sibling stays out: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub id: u64,
    #[collected_for(marketing)]
    pub promo_phone: String,
    #[collected_for(analytics)]
    pub device_id: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn sync_segment(&self, segment: &str, contact: &str, device: &str) {
        let _ = (segment, contact, device);
    }
}

pub fn sync(ads: &AdsClient, subscriber: &Subscriber) {
    ads.sync_segment("sms-promos", &subscriber.promo_phone, &subscriber.device_id);
}
