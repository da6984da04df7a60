//! `{{phone}}` is an escaped placeholder, not an inline capture of the local `phone`: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub first_name: String,
    #[collected_for(security)]
    pub recovery_phone: String,
}

fn send_sms(to: &str, body: &str) {
    let _ = (to, body);
}

#[ad_targeting]
pub fn create_ad_creative(template: &str) {
    let _ = template;
}

pub fn welcome(member: &Member) {
    let phone = member.recovery_phone.clone();
    let name = &member.first_name;
    send_sms(&phone, "Your account is protected by 2FA.");
    // The ad platform fills `{phone}` itself from its own data.
    let template = format!("Hi {name}, text STOP to {{phone}} to opt out");
    create_ad_creative(&template);
}
