//! `..base` copies the tainted `contact` field into the new row; sending `row.contact` is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct AudienceRow {
    pub source: String,
    pub external_id: u64,
    pub contact: String,
}

#[ad_targeting]
pub fn push_custom_audience(source: &str, contact: &str) {
    let _ = (source, contact);
}

pub fn push(member: &Member) {
    let base = AudienceRow {
        source: String::from("app"),
        external_id: member.member_id,
        contact: member.recovery_email.clone(),
    };
    let row = AudienceRow { source: String::from("crm"), ..base };
    push_custom_audience(&row.source, &row.contact); //~ ERROR purpose_violation
}
