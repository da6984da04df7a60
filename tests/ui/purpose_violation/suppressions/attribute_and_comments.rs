//! Audited suppressions silence exactly the findings they cover: an attribute on the function,
//! a comment on the line, a comment on the line before; a suppression of another lint does not.
use purpose::{ad_targeting, suppress, Purpose};

#[derive(Purpose)]
pub struct Member {
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn add_to_audience(_email: &str) {}

#[suppress(purpose_violation, reason = "DPO-17: members consented to email matching")]
pub fn consented_export(member: &Member) {
    add_to_audience(&member.recovery_email);
}

pub fn weekly(member: &Member) {
    add_to_audience(&member.recovery_email); // purpose::suppress(purpose_violation, reason = "DPO-18")
    // purpose::suppress(purpose_violation, reason = "DPO-19: a test account only")
    add_to_audience(&member.recovery_email);
    add_to_audience(&member.recovery_email); //~ ERROR purpose_violation
}

#[suppress(missing_module, reason = "not about flows")] //~ WARN unused_suppression
pub fn monthly(member: &Member) {
    add_to_audience(&member.recovery_email); //~ ERROR purpose_violation
}
