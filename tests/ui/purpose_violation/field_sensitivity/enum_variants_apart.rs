//! A notification enum carries the 2FA phone in one variant and a marketing address in another; only the arm that gets the phone reaches the ads client.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub newsletter_email: String,
    #[collected_for(security)]
    pub phone: String,
}

pub enum Notice {
    Sms(String),
    Email(String),
    Push { device: String, topic: String },
}

#[ad_targeting]
fn retarget(contact: &str) {
    let _ = contact;
}

fn send_otp(phone: &str) {
    let _ = phone;
}

pub fn deliver(notice: Notice) {
    match notice {
        Notice::Sms(number) => send_otp(&number),
        Notice::Email(address) => retarget(&address),
        Notice::Push { device, topic } => {
            send_otp(&device);
            retarget(&topic);
        }
    }
}

pub fn leak(notice: &Notice) {
    if let Notice::Sms(number) = notice {
        retarget(number); //~ ERROR purpose_violation
    }
}

pub fn notify(account: &Account) {
    deliver(Notice::Sms(account.phone.clone()));
    deliver(Notice::Email(account.newsletter_email.clone()));
    deliver(Notice::Push { device: account.phone.clone(), topic: "news".into() });
    let local = Notice::Sms(account.phone.clone());
    match local {
        Notice::Email(address) => retarget(&address),
        Notice::Sms(_) | Notice::Push { .. } => {}
    }
    leak(&Notice::Sms(account.phone.clone()));
}
