//! The new row overrides `contact` with an empty string and takes only the rest from `..base`: quiet.
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
pub fn push_custom_audience(source: &str, external_id: u64, contact: &str) {
    let _ = (source, external_id, contact);
}

pub fn push(member: &Member) {
    let base = AudienceRow {
        source: String::from("app"),
        external_id: member.member_id,
        contact: member.recovery_email.clone(),
    };
    let row = AudienceRow { contact: String::new(), ..base };
    push_custom_audience(&row.source, row.external_id, &row.contact);
}
