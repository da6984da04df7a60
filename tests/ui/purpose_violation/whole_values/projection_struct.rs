//! Safe: a projection struct copies only the non-security fields and is handed whole to the serializing sink.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose)]
pub struct Profile {
    pub user_id: u64,
    pub plan: String,
    pub country: String,
    #[collected_for(security)]
    pub phone: String,
}

#[derive(Serialize)]
pub struct AudienceTraits<'a> {
    pub user_id: u64,
    pub plan: &'a str,
    pub country: &'a str,
}

impl<'a> From<&'a Profile> for AudienceTraits<'a> {
    fn from(p: &'a Profile) -> Self {
        AudienceTraits { user_id: p.user_id, plan: &p.plan, country: &p.country }
    }
}

#[ad_targeting]
pub fn track<T: Serialize>(event: &str, properties: &T) {
    let body = serde_json::to_vec(properties).unwrap_or_default();
    let _ = (event, body);
}

pub fn on_upgrade(profile: &Profile) {
    let traits = AudienceTraits::from(profile);
    track("plan_upgraded", &traits);
}
