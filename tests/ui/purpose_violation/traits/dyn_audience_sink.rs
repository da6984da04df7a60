//! A sink declared on a trait method covers every impl: a 2FA phone passed through `Box<dyn AudienceSink>` is a flow.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub trait AudienceSink {
    #[ad_targeting]
    fn add_member(&self, audience: &str, contact: &str);
}

pub struct MetaCustomAudiences;
pub struct TikTokAudiences;

impl AudienceSink for MetaCustomAudiences {
    fn add_member(&self, audience: &str, contact: &str) {
        let _ = (audience, contact);
    }
}

impl AudienceSink for TikTokAudiences {
    fn add_member(&self, audience: &str, contact: &str) {
        let _ = (audience, contact);
    }
}

fn sink_for(region: &str) -> Box<dyn AudienceSink> {
    match region {
        "apac" => Box::new(TikTokAudiences),
        _ => Box::new(MetaCustomAudiences),
    }
}

pub fn sync_lookalike_seeds(members: &[Member], region: &str) {
    let sink = sink_for(region);
    for m in members {
        sink.add_member("lookalike-seed", &m.mfa_phone); //~ ERROR purpose_violation
    }
}
