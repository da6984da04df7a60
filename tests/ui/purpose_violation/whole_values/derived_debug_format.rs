//! `format!("{:?}")` of a struct with a derived `Debug` includes the 2FA phone; the string reaches the ads sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Debug)]
pub struct Session {
    pub session_id: String,
    pub user_agent: String,
    #[collected_for(security)]
    pub verified_phone: String,
}

#[ad_targeting]
fn attach_context(audience: &str, context: String) {
    let _ = (audience, context);
}

pub fn on_checkout(session: &Session) {
    let context = format!("{:?}", session);
    attach_context("checkout-intent", context); //~ ERROR purpose_violation
}
