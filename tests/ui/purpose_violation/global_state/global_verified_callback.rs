//! Startup stores a `Box<dyn Fn(u64, &str)>` in a `static OnceLock` that forwards to the growth client; OTP verification later calls it with the verified phone.
use purpose::{Purpose, ad_targeting};
use std::sync::OnceLock;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub pending_code: Option<String>,
    #[collected_for(security)]
    pub sms_phone: String,
}

pub struct GrowthClient {
    pub list: String,
}

impl GrowthClient {
    #[ad_targeting]
    pub fn add_verified_contact(&self, account_id: u64, contact: &str) {
        let _ = (&self.list, account_id, contact);
    }
}

type VerifiedHook = Box<dyn Fn(u64, &str) + Send + Sync>;

static ON_VERIFIED: OnceLock<VerifiedHook> = OnceLock::new();

pub fn init_growth(client: &'static GrowthClient) {
    let hook: VerifiedHook = Box::new(move |account_id: u64, contact: &str| {
        client.add_verified_contact(account_id, contact); //~ ERROR purpose_violation
    });
    if ON_VERIFIED.set(hook).is_err() {
        tracing::warn!("verified hook already installed");
    }
}

pub fn verify(acct: &mut Account, code: &str) -> bool {
    let ok = acct.pending_code.as_deref() == Some(code);
    if ok {
        acct.pending_code = None;
        if let Some(hook) = ON_VERIFIED.get() {
            hook(acct.id, &acct.sms_phone);
        }
    }
    ok
}
