//! `format!` combines a safe field with the 2FA phone into an audience key; the key reaches the ads call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub country: String,
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct Ads {
    pub account: String,
}

impl Ads {
    #[ad_targeting]
    pub fn add_key(&self, key: &str) {
        let _ = (&self.account, key);
    }
}

pub fn tag_users(users: &[User], ads: &Ads) {
    for u in users {
        let digits: String = u.phone.chars().filter(char::is_ascii_digit).collect();
        let key = format!("{}:{}", u.country.to_uppercase(), digits);
        ads.add_key(&key); //~ ERROR purpose_violation
    }
}
