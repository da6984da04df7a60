//! Safe: a `Vec` of OTP phones is built with `map().collect()` for the SMS broadcast, then the same variable is reassigned with segment names before the ads seed call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Subscriber {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

pub struct Sms;

impl Sms {
    pub fn broadcast(&self, numbers: &[String], text: &str) {
        let _ = (numbers, text);
    }
}

pub struct Ads;

impl Ads {
    #[ad_targeting]
    pub fn seed_segments(&self, segments: &[String]) {
        let _ = segments;
    }
}

pub fn maintenance_notice(subs: &[Subscriber], sms: &Sms, ads: &Ads) {
    let segment_of = |s: &Subscriber| s.segment.to_lowercase();

    let mut batch: Vec<String> = subs.iter().map(|s| s.otp_phone.clone()).collect();
    sms.broadcast(&batch, "Login codes may be delayed tonight");

    batch = subs.iter().map(segment_of).collect();
    batch.sort();
    batch.dedup();
    ads.seed_segments(&batch);
}
