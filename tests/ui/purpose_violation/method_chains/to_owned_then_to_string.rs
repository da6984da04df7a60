//! `.to_owned()` then `.to_string()` copy the security field; the copy reaching the sink is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct MailchimpAudience {
    pub list_id: String,
}

impl MailchimpAudience {
    #[ad_targeting]
    pub fn subscribe(&self, email: String) {
        let _ = (&self.list_id, email);
    }
}

pub fn mirror_to_mailchimp(list: &MailchimpAudience, member: &Member) {
    let email: String = member.recovery_email.to_owned();
    let email_ref: &str = &email;
    list.subscribe(email_ref.to_string()); //~ ERROR purpose_violation
}
