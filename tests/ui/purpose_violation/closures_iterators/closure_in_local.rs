//! A closure kept in a local calls the ads client; it is called later with the 2FA phone, and with the display name.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
fn add_to_audience(contact: &str) {
    let _ = contact;
}

pub fn sync_contacts(users: &[User]) {
    let enrol = |contact: &str| add_to_audience(contact); //~ ERROR purpose_violation
    for user in users {
        enrol(&user.display_name);
        enrol(&user.phone);
    }
}

pub fn sync_names(users: &[User]) {
    let enrol: Box<dyn Fn(&str)> = Box::new(|contact| add_to_audience(contact));
    for user in users {
        enrol(&user.display_name);
    }
}
