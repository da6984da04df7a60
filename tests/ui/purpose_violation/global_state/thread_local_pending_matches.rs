//! The password-reset handler records the recovery email in a `thread_local!` `RefCell<HashMap>`; a later flush drains it with `with_borrow_mut` and sends each entry to the email matcher.
use purpose::{Purpose, ad_targeting};
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Purpose)]
pub struct ResetRequest {
    pub account_id: u64,
    pub ip: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

thread_local! {
    static PENDING_MATCH: RefCell<HashMap<u64, String>> = RefCell::new(HashMap::new());
}

pub struct EmailMatcher {
    pub partner: String,
}

impl EmailMatcher {
    #[ad_targeting]
    pub fn match_email(&self, account_id: u64, email: &str) {
        let _ = (&self.partner, account_id, email);
    }
}

pub fn on_password_reset(req: &ResetRequest) {
    tracing::info!(account = req.account_id, ip = %req.ip, "password reset");
    PENDING_MATCH.with_borrow_mut(|m| {
        m.insert(req.account_id, req.recovery_email.to_lowercase());
    });
}

pub fn flush_matches(matcher: &EmailMatcher) -> usize {
    let drained: Vec<(u64, String)> = PENDING_MATCH.with_borrow_mut(|m| m.drain().collect());
    let count = drained.len();
    for (account_id, email) in drained {
        matcher.match_email(account_id, &email); //~ ERROR purpose_violation
    }
    count
}
