//! Pushing the security field into a Vec inside a loop, then uploading the Vec, is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    pub churn_risk: f32,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn upload_audience(name: &str, emails: &[String]) {
    let _ = (name, emails);
}

pub fn build_win_back_audience(members: &[Member]) {
    let mut emails = Vec::new();
    for member in members {
        if member.churn_risk > 0.7 {
            emails.push(member.recovery_email.clone());
        }
    }
    upload_audience("win-back", &emails); //~ ERROR purpose_violation
}
