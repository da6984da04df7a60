//! `#[used_for(ad_targeting)]` is the long form of `#[ad_targeting]`: the call is a violation.
use purpose::{Purpose, used_for};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    pub signup_source: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[used_for(ad_targeting)]
pub fn build_lookalike_seed(source: &str, emails: Vec<String>) {
    let _ = (source, emails);
}

pub fn seed_from_referrals(members: &[Member]) {
    let emails: Vec<String> = members
        .iter()
        .filter(|m| m.signup_source == "referral")
        .map(|m| m.recovery_email.clone())
        .collect();
    build_lookalike_seed("referral", emails); //~ ERROR purpose_violation
}
