//! Users are mapped to (handle, phone) pairs and to structs; later pipelines keep only the handle for ads, except one that keeps the phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct Contact {
    pub handle: String,
    pub phone: String,
}

#[ad_targeting]
fn upload_handles(handles: &[String]) {
    let _ = handles;
}

pub fn pairs(users: &[User]) {
    let pairs: Vec<(String, String)> =
        users.iter().map(|u| (u.handle.clone(), u.phone.clone())).collect();
    let handles: Vec<String> = pairs.iter().map(|(handle, _)| handle.clone()).collect();
    upload_handles(&handles);
    let phones: Vec<String> = pairs.into_iter().map(|(_, phone)| phone).collect();
    upload_handles(&phones); //~ ERROR purpose_violation
}

pub fn contacts(users: &[User]) {
    let contacts: Vec<Contact> = users
        .iter()
        .map(|u| Contact { handle: u.handle.clone(), phone: u.phone.clone() })
        .collect();
    let handles: Vec<String> = contacts.iter().map(|c| c.handle.clone()).collect();
    upload_handles(&handles);
}

pub fn enumerated(users: &[User]) {
    for (position, user) in users.iter().enumerate() {
        let _ = position;
        upload_handles(&[user.handle.clone()]);
    }
}
