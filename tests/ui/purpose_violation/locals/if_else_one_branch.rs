//! An `if` expression whose `then` branch yields the security field taints the result: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub prefers_sms: bool,
    pub newsletter_email: String,
    #[collected_for(security)]
    pub recovery_phone: String,
}

pub struct Crm {
    pub workspace: String,
}

impl Crm {
    #[ad_targeting]
    pub fn add_to_campaign(&self, campaign: &str, contact: &str) {
        let _ = (&self.workspace, campaign, contact);
    }
}

pub fn enrol_in_spring_sale(crm: &Crm, member: &Member) {
    let contact = if member.prefers_sms {
        member.recovery_phone.clone()
    } else {
        member.newsletter_email.clone()
    };
    crm.add_to_campaign("spring-sale", &contact); //~ ERROR purpose_violation
}
