//! Safe: the `dyn` ads sink receives the email collected for marketing; the security phone only goes to the OTP sender.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Lead {
    pub company: String,
    #[collected_for(marketing)]
    pub work_email: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub trait AudienceSink {
    #[ad_targeting]
    fn add_member(&self, audience: &str, contact: &str);
}

pub struct HubSpotAds;

impl AudienceSink for HubSpotAds {
    fn add_member(&self, audience: &str, contact: &str) {
        let _ = (audience, contact);
    }
}

pub struct OtpSender;

impl OtpSender {
    pub fn send(&self, phone: &str, code: &str) {
        println!("{phone}: {code}");
    }
}

pub fn onboard(lead: &Lead, sink: &dyn AudienceSink, otp: &OtpSender) {
    otp.send(&lead.mfa_phone, "482913");
    let audience = format!("b2b-{}", lead.company.to_lowercase());
    sink.add_member(&audience, &lead.work_email);
}
