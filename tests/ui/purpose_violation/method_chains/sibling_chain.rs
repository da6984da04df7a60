//! The same `.trim().to_lowercase()` chain on the unannotated display name is allowed: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub display_name: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn push_custom_audience(audience: &str, key: &str) {
    let _ = (audience, key);
}

pub fn sync(members: &[Member]) {
    for member in members {
        let key = member.display_name.trim().to_lowercase();
        push_custom_audience("all-members", &key);
    }
}
