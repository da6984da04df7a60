//! Normalising the recovery email with `.trim().to_lowercase()` keeps its content: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn push_custom_audience(audience: &str, normalized_email: &str) {
    let _ = (audience, normalized_email);
}

pub fn sync(members: &[Member]) {
    for member in members {
        push_custom_audience( //~ ERROR purpose_violation
            "all-members",
            &member.recovery_email.trim().to_lowercase(),
        );
    }
}
