//! Safe: both fields are `Option<String>`; `if let` on the marketing email reaches ads, the backup phone only the SMS path.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Contact {
    #[collected_for(marketing)]
    pub newsletter_email: Option<String>,
    #[collected_for(security)]
    pub backup_phone: Option<String>,
}

mod sms {
    pub fn send_recovery_code(to: &str) {
        println!("code -> {to}");
    }
}

#[ad_targeting]
fn add_to_newsletter_audience(email: &str) {
    let _ = email;
}

pub fn process(contacts: &[Contact]) {
    for c in contacts {
        if let Some(email) = c.newsletter_email.as_deref().map(str::trim) {
            add_to_newsletter_audience(email);
        }
        match &c.backup_phone {
            Some(phone) => sms::send_recovery_code(phone),
            None => {}
        }
    }
}
