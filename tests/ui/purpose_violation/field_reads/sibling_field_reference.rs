//! Only the annotated field is a source: passing its unannotated sibling to a sink stays quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    /// Given at sign-up for the weekly newsletter.
    pub newsletter_email: String,
    /// Given on the account-recovery screen.
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn push_custom_audience(list: &str, email: &str) {
    let _ = (list, email);
}

pub fn weekly_growth_job(members: &[Member]) {
    for member in members {
        push_custom_audience("newsletter-readers", &member.newsletter_email);
    }
}
