//! `.is_some()` on an optional security field says only whether one exists: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_phone: Option<String>,
}

#[ad_targeting]
pub fn track_conversion(member_id: u64, event: &str, secured: bool) {
    let _ = (member_id, event, secured);
}

pub fn on_signup_complete(member: &Member) {
    let secured = member.recovery_phone.as_ref().is_some();
    track_conversion(member.member_id, "signup", secured);
}
