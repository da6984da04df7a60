//! A map keyed by phone number: its keys carry the phones, its values (account ids) do not.
use std::collections::HashMap;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
fn track(key: &str) {
    let _ = key;
}

pub fn ids_only(accounts: &[Account]) {
    let mut by_phone: HashMap<String, u64> = HashMap::new();
    for account in accounts {
        by_phone.insert(account.phone.clone(), account.id);
    }
    for id in by_phone.values() {
        track(&id.to_string());
    }
    if let Some(id) = by_phone.get("+15550100") {
        track(&id.to_string());
    }
}

pub fn phones_as_keys(accounts: &[Account]) {
    let mut by_phone: HashMap<String, u64> = HashMap::new();
    for account in accounts {
        by_phone.insert(account.phone.clone(), account.id);
    }
    for phone in by_phone.keys() {
        track(phone); //~ ERROR purpose_violation
    }
}

pub fn phones_as_values(accounts: &[Account]) {
    let mut phone_of: HashMap<u64, String> = HashMap::new();
    for account in accounts {
        phone_of.insert(account.id, account.phone.clone());
    }
    if let Some(phone) = phone_of.get(&7) {
        track(phone); //~ ERROR purpose_violation
    }
    for (_, phone) in &phone_of {
        track(phone); //~ ERROR purpose_violation
    }
}
