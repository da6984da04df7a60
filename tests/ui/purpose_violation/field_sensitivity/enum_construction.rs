//! Wrapping the number in a plain enum variant and passing the enum to a sink that matches on it is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub ad_id: Option<String>,
    #[collected_for(security)]
    pub phone: String,
}

pub enum MatchKey {
    AdvertisingId(String),
    Phone(String),
}

#[ad_targeting]
pub fn match_user(key: &MatchKey) {
    match key {
        MatchKey::AdvertisingId(id) => println!("maid {id}"),
        MatchKey::Phone(phone) => println!("ph {phone}"),
    }
}

pub fn identify(user: &User) {
    let key = match &user.ad_id {
        Some(id) => MatchKey::AdvertisingId(id.clone()),
        None => MatchKey::Phone(user.phone.clone()),
    };
    match_user(&key); //~ ERROR purpose_violation
}
