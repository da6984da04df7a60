//! A `OnceLock<Mutex<HashMap>>` directory initialised with `get_or_init` stores TOTP phones at enrollment; the enrichment job looks phones up by id and sends them out.
use purpose::{Purpose, ad_targeting};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub workspace: String,
    #[collected_for(security)]
    pub totp_phone: String,
}

static DIRECTORY: OnceLock<Mutex<HashMap<u64, String>>> = OnceLock::new();

fn directory() -> &'static Mutex<HashMap<u64, String>> {
    DIRECTORY.get_or_init(|| Mutex::new(HashMap::new()))
}

pub fn enroll_totp(acct: &Account) {
    tracing::info!(account = acct.id, workspace = %acct.workspace, "totp enrolled");
    directory()
        .lock()
        .expect("directory poisoned")
        .insert(acct.id, acct.totp_phone.clone());
}

pub struct Enricher;

impl Enricher {
    #[ad_targeting]
    pub fn enrich_by_phone(&self, account_id: u64, phone: &str) {
        let _ = (account_id, phone);
    }
}

pub fn enrichment_job(ids: &[u64], enricher: &Enricher) {
    let dir = directory().lock().expect("directory poisoned");
    for id in ids {
        if let Some(phone) = dir.get(id) {
            enricher.enrich_by_phone(*id, phone); //~ ERROR purpose_violation
        }
    }
}
