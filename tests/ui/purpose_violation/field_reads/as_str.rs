//! `member.recovery_email.as_str()` still reads the security field, so the call is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn push_custom_audience(list: &str, email: &str) {
    let _ = (list, email);
}

pub fn seed_lapsed_members(members: &[Member], lapsed_ids: &[u64]) {
    for member in members {
        if lapsed_ids.contains(&member.member_id) {
            push_custom_audience("win-back-q3", member.recovery_email.as_str()); //~ ERROR purpose_violation
        }
    }
}
