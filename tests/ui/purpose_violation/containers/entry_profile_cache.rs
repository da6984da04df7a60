//! A profile cache fills entries with `entry().or_insert_with(|| Profile { .., ..Default::default() })` copying the MFA phone; the retargeting job reads `contact` back out.
use purpose::{Purpose, ad_targeting};
use std::collections::HashMap;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub locale: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

#[derive(Default, Clone)]
pub struct Profile {
    pub locale: String,
    pub contact: String,
    pub visits: u32,
}

#[derive(Default)]
pub struct ProfileCache {
    by_id: HashMap<u64, Profile>,
}

impl ProfileCache {
    pub fn touch(&mut self, u: &User) {
        let p = self.by_id.entry(u.id).or_insert_with(|| Profile {
            locale: u.locale.clone(),
            contact: u.mfa_phone.clone(),
            ..Default::default()
        });
        p.visits += 1;
    }

    pub fn contact_of(&self, id: u64) -> Option<String> {
        self.by_id.get(&id).map(|p| p.contact.clone())
    }
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn retarget(&self, contact: &str, locale: &str) {
        let _ = (contact, locale);
    }
}

pub fn retarget_frequent_visitors(cache: &ProfileCache, ids: &[u64], ads: &AdsClient) {
    for id in ids {
        if let Some(contact) = cache.contact_of(*id) {
            ads.retarget(&contact, "en-US"); //~ ERROR purpose_violation
        }
    }
}
