//! Safe: the security field is `#[serde(skip)]`, so the JSON posted to the pixel does not contain it.
use purpose::Purpose;
use serde::Serialize;

#[derive(Purpose, Serialize)]
pub struct SignupEvent {
    pub user_id: u64,
    pub utm_campaign: String,
    #[serde(skip)]
    #[collected_for(security)]
    pub recovery_email: String,
}

mod pixel {
    #[purpose::ad_targeting]
    pub fn post_event(name: &str, json: &str) {
        let _ = (name, json);
    }
}

pub fn on_signup(event: &SignupEvent) -> Result<(), serde_json::Error> {
    let payload = serde_json::to_string(event)?;
    pixel::post_event("CompleteRegistration", &payload);
    Ok(())
}
