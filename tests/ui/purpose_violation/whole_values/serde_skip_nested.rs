//! Safe: a nested `SecuritySettings` marks its TOTP phone `#[serde(skip)]`; the whole profile is serialized inside the ads sync sink.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose, Serialize, Clone)]
pub struct SecuritySettings {
    pub mfa_enabled: bool,
    #[collected_for(security)]
    #[serde(skip)]
    pub totp_phone: String,
}

#[derive(Serialize, Clone)]
pub struct ProfileExport {
    pub id: u64,
    pub plan: String,
    pub security: SecuritySettings,
}

pub struct AdsSync {
    pub endpoint: String,
}

impl AdsSync {
    #[ad_targeting]
    pub fn sync_profile(&self, profile: &ProfileExport) -> usize {
        let body = serde_json::to_vec(profile).unwrap_or_default();
        let _ = &self.endpoint;
        body.len()
    }
}

pub fn nightly(profiles: &[ProfileExport], ads: &AdsSync) -> usize {
    let mut bytes = 0;
    for p in profiles.iter().filter(|p| p.security.mfa_enabled) {
        bytes += ads.sync_profile(p);
    }
    bytes
}
