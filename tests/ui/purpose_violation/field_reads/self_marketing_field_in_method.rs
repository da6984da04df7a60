//! A method sends `self.marketing_sms`, collected for marketing, while `self.sms_2fa` stays untouched: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub handle: String,
    #[collected_for(security)]
    pub sms_2fa: String,
    #[collected_for(marketing)]
    pub marketing_sms: Option<String>,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn sync_segment(&self, segment: &str, contact: &str) {
        let _ = (segment, contact);
    }
}

impl Subscriber {
    pub fn share_with_growth(&self, ads: &AdsClient) {
        if let Some(number) = &self.marketing_sms {
            ads.sync_segment("sms-promos", number);
        }
    }

    pub fn otp_destination(&self) -> &str {
        &self.sms_2fa
    }
}
