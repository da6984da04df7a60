//! A named format argument `p = member.recovery_email` carries the field into the formatted string: violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub mod crm {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn enrich_profile(query: String) {
        let _ = query;
    }
}

pub fn enrich(member: &Member) {
    let query = format!(
        "member={id}&email={p}",
        id = member.member_id,
        p = member.recovery_email,
    );
    crm::enrich_profile(query); //~ ERROR purpose_violation
}
