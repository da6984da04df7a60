//! An `OnceLock<Mutex<HashMap>>` cache maps user ids to recovery emails; a campaign job looks emails up and sends them to ads.
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

fn email_cache() -> &'static Mutex<HashMap<u64, String>> {
    static CACHE: OnceLock<Mutex<HashMap<u64, String>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

pub fn remember(account: &Account) {
    email_cache().lock().unwrap().insert(account.id, account.recovery_email.clone());
}

fn lookup_email(id: u64) -> Option<String> {
    email_cache().lock().unwrap().get(&id).cloned()
}

mod ads {
    #[purpose::ad_targeting]
    pub fn retarget(email: &str, campaign: &str) {
        let _ = (email, campaign);
    }
}

pub fn spring_campaign(target_ids: &[u64]) {
    for id in target_ids {
        if let Some(email) = lookup_email(*id) {
            ads::retarget(&email, "spring-sale"); //~ ERROR purpose_violation
        }
    }
}
