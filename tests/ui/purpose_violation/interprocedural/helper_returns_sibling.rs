//! Safe: `segment_for` texts a verification code to the SMS phone when needed but returns only a country/plan segment string, which is what the ads sink receives.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub country: String,
    pub plan: String,
    pub phone_unverified: bool,
    #[collected_for(security)]
    pub sms_phone: String,
}

pub struct SmsGateway;

impl SmsGateway {
    pub fn send_code(&self, to: &str, purpose: &str) {
        let _ = (to, purpose);
    }
}

pub struct SegmentApi;

impl SegmentApi {
    #[ad_targeting]
    pub fn assign_segment(&self, user_id: u64, segment: &str) {
        let _ = (user_id, segment);
    }
}

fn segment_for(u: &User, sms: &SmsGateway) -> String {
    if u.phone_unverified {
        sms.send_code(&u.sms_phone, "verify");
    }
    format!("{}-{}", u.country.to_lowercase(), u.plan)
}

pub fn refresh_segments(users: &[User], sms: &SmsGateway, api: &SegmentApi) {
    for u in users {
        let segment = segment_for(u, sms);
        api.assign_segment(u.id, &segment);
    }
}
