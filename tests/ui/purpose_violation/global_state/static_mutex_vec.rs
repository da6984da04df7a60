//! A `static Mutex<Vec<String>>` collects phones at login; a nightly export in another function drains it to ads.
use std::sync::Mutex;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Login {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

static RECENT_CONTACTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn on_login(login: &Login) {
    let mut recent = RECENT_CONTACTS.lock().unwrap();
    recent.push(login.phone.clone());
}

#[ad_targeting]
fn upload_audience(list: &str, members: Vec<String>) {
    let _ = (list, members);
}

pub fn nightly_export() {
    let members: Vec<String> = RECENT_CONTACTS.lock().unwrap().drain(..).collect();
    upload_audience("recent-logins", members); //~ ERROR purpose_violation
}
