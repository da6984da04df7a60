//! Auth events carry the whole `Account` in enum payloads; the attribution sink matches on the event and reads the recovery email; a `Logout(u64)` event is clean.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub enum AuthEvent {
    PasswordChanged { account: Account, ip: String },
    MfaEnrolled(Account),
    Logout(u64),
}

pub struct Attribution {
    pub pixel_id: String,
}

impl Attribution {
    #[ad_targeting]
    pub fn observe(&self, ev: &AuthEvent) {
        let key = match ev {
            AuthEvent::PasswordChanged { account, .. } | AuthEvent::MfaEnrolled(account) => {
                Some(format!("{}:{}", account.plan, account.recovery_email))
            }
            AuthEvent::Logout(id) => Some(format!("logout:{id}")),
        };
        let _ = (&self.pixel_id, key);
    }
}

pub fn on_mfa_enrolled(account: &Account, attribution: &Attribution) {
    let ev = AuthEvent::MfaEnrolled(account.clone());
    attribution.observe(&ev); //~ ERROR purpose_violation
}

pub fn on_logout(account_id: u64, attribution: &Attribution) {
    attribution.observe(&AuthEvent::Logout(account_id));
}
