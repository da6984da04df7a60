//! The tainted `contact` lives only in an inner block; the outer `contact` that reaches the sink is clean: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub newsletter_email: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

fn send_recovery_link(to: &str) {
    let _ = to;
}

#[ad_targeting]
pub fn add_to_audience(list: &str, email: &str) {
    let _ = (list, email);
}

pub fn on_password_reset(member: &Member) {
    let contact = member.newsletter_email.clone();
    {
        let contact = member.recovery_email.clone();
        send_recovery_link(&contact);
    }
    add_to_audience("reset-flow", &contact);
}
