//! The backup phone is an `Option<String>`; `as_ref().map_or(..)` turns it into a match key with an anonymous fallback, and the key goes to the audience API.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub id: u64,
    pub country: String,
    #[collected_for(security)]
    pub backup_phone: Option<String>,
}

fn digits(raw: &str) -> String {
    raw.chars().filter(|c| c.is_ascii_digit()).collect()
}

pub struct AudienceApi {
    pub audience_id: u32,
}

impl AudienceApi {
    #[ad_targeting]
    pub fn add_match_key(&self, key: String, country: &str) {
        let _ = (self.audience_id, key, country);
    }
}

pub fn build_match_keys(profiles: &[Profile], api: &AudienceApi) {
    for p in profiles {
        let key = p
            .backup_phone
            .as_ref()
            .map_or(format!("anon-{}", p.id), |ph| digits(ph));
        api.add_match_key(key, &p.country); //~ ERROR purpose_violation
    }
}
