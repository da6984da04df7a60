//! A closure captures the hashed 2FA phone and calls the conversion sink each time it is invoked.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Login {
    pub user_id: u64,
    pub ip: String,
    #[collected_for(security)]
    pub phone: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

#[ad_targeting]
fn record_conversion(audience_key: &str, event: &str) {
    let _ = (audience_key, event);
}

pub fn on_login(login: &Login, first_purchase: bool) {
    let key = sha256_hex(&login.phone);
    let track = |event: &str| {
        record_conversion(&key, event); //~ ERROR purpose_violation
    };
    track("login");
    if first_purchase {
        track("first_purchase");
    }
}
