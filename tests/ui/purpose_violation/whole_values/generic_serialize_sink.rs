//! A whole profile (with its 2FA phone) is passed to a generic `track` sink that serializes whatever it is given.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose, Serialize)]
pub struct Profile {
    pub user_id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn track<T: Serialize>(event: &str, properties: &T) {
    let body = serde_json::to_vec(properties).unwrap_or_default();
    let _ = (event, body);
}

pub fn on_upgrade(profile: &Profile, new_plan: &str) {
    if profile.plan != new_plan {
        track("plan_upgraded", profile); //~ ERROR purpose_violation
    }
}
