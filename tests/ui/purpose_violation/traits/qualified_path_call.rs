//! A fully qualified `<T as AudienceApi>::match_contact` call to a trait-declared sink receives the hashed phone.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Profile {
    pub user_id: u64,
    #[collected_for(security)]
    pub verified_phone: String,
}

pub trait AudienceApi {
    #[ad_targeting]
    fn match_contact(&self, hashed: &str) -> bool;
}

pub struct LinkedInMatchedAudiences {
    pub account: u64,
}

impl AudienceApi for LinkedInMatchedAudiences {
    fn match_contact(&self, hashed: &str) -> bool {
        !hashed.is_empty() && self.account != 0
    }
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

pub fn match_rate<T: AudienceApi>(api: &T, profiles: &[Profile]) -> usize {
    profiles
        .iter()
        .map(|p| sha256_hex(&p.verified_phone))
        .filter(|h| <T as AudienceApi>::match_contact(api, h)) //~ ERROR purpose_violation
        .count()
}

pub fn report(profiles: &[Profile]) -> usize {
    match_rate(&LinkedInMatchedAudiences { account: 7 }, profiles)
}
