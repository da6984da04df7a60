//! Safe: a global cache stores whole sessions (with the 2FA phone), but the ads job reads only each session's locale.
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Session {
    pub user_id: u64,
    pub locale: String,
    #[collected_for(security)]
    pub phone: String,
}

static SESSIONS: LazyLock<RwLock<HashMap<u64, Session>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));

pub fn on_login(session: Session) {
    SESSIONS.write().unwrap().insert(session.user_id, session);
}

pub fn resend_code(user_id: u64) -> Option<String> {
    SESSIONS.read().unwrap().get(&user_id).map(|s| s.phone.clone())
}

#[ad_targeting]
fn bid_locale(locale: &str) {
    let _ = locale;
}

pub fn hourly_bidding() {
    let sessions = SESSIONS.read().unwrap();
    for s in sessions.values() {
        bid_locale(&s.locale);
    }
}
