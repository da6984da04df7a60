//! Destructuring a built tuple: the binding of the number reaches the sink, the id does not; one finding.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn add_to_audience(audience: &str, key: &str) {
    let _ = (audience, key);
}

pub fn sync(member: &Member) {
    let (member_id, email) = (member.member_id, member.recovery_email.clone());
    add_to_audience("by-id", &member_id.to_string());
    add_to_audience("by-email", &email); //~ ERROR purpose_violation
}
