//! The file beside a broken one is still checked.
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct Member {
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn add_to_audience(email: &str) {
    let _ = email;
}

pub fn enrol(member: &Member) {
    add_to_audience(&member.recovery_email); //~ ERROR purpose_violation
}
