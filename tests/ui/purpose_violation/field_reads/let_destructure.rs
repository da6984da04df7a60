//! `let Member { recovery_email, .. } = member;` binds the security field; sending the binding is a violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    pub locale: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub mod audiences {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn add_email(audience_id: u32, email: String) {
        let _ = (audience_id, email);
    }
}

pub fn migrate_to_crm(member: Member) {
    let Member { recovery_email, locale, .. } = member;
    let audience_id = if locale == "de-DE" { 41 } else { 40 };
    audiences::add_email(audience_id, recovery_email); //~ ERROR purpose_violation
}
