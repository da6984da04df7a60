//! A helper pushes whatever contact it is given into a static queue; one caller passes the 2FA
//! phone, another the public handle. The nightly flush uploads the queue, so the phone reaches the
//! sink through the helper's parameter and the static. A static is shared by every function: the
//! flush has no parameter of its own that the helper's argument could be taken for.
use purpose::{Purpose, ad_targeting};
use std::sync::Mutex;

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(contact: &str) {
    let _ = contact;
}

static LAST_CONTACT: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn remember(contact: &str) {
    LAST_CONTACT.lock().unwrap().push(contact.to_string());
}

pub fn on_verify(user: &User) {
    remember(&user.phone);
}

pub fn on_login(user: &User) {
    remember(&user.handle);
}

pub fn flush(extra: &str) {
    for contact in LAST_CONTACT.lock().unwrap().iter() {
        upload_audience(contact); //~ ERROR purpose_violation
    }
    upload_audience(extra);
}

pub fn nightly() {
    flush("x");
}
