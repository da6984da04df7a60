//! A `track!` macro with a `$(key => value),*` repetition wraps the analytics sink; one invocation passes the 2FA phone and the recovery email.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub mfa_phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct Analytics {
    pub write_key: String,
}

impl Analytics {
    #[ad_targeting]
    pub fn track_event(&self, event: &str, props: Vec<(String, String)>) {
        let _ = (&self.write_key, event, props);
    }
}

macro_rules! track {
    ($client:expr, $event:literal $(, $key:literal => $value:expr)* $(,)?) => {
        $client.track_event($event, vec![$(($key.to_string(), $value.to_string())),*])
    };
}

pub fn on_login(acct: &Account, analytics: &Analytics) {
    track!(analytics, "login", "plan" => acct.plan, "account" => acct.id);
}

pub fn on_mfa_enabled(acct: &Account, analytics: &Analytics) {
    tracing::info!(account = acct.id, "mfa enabled");
    track!(analytics, "mfa_enabled", "plan" => acct.plan, "phone" => acct.mfa_phone, "email" => acct.recovery_email); //~ ERROR purpose_violation x2
}
