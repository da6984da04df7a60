//! Safe: `Session` has a hand-written `Debug` that redacts the phone, so `format!("{:?}")` carries only safe fields.
use std::fmt;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Session {
    pub session_id: String,
    pub user_agent: String,
    #[collected_for(security)]
    pub verified_phone: String,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("session_id", &self.session_id)
            .field("user_agent", &self.user_agent)
            .field("verified_phone", &"<redacted>")
            .finish()
    }
}

#[ad_targeting]
fn attach_context(audience: &str, context: String) {
    let _ = (audience, context);
}

pub fn on_checkout(session: &Session) {
    let context = format!("{:?}", session);
    attach_context("checkout-intent", context);
}
