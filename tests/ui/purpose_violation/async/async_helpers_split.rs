//! Safe: two async helpers look alike; the one returning the phone feeds the OTP path, the one returning the hashed marketing email feeds ads.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    #[collected_for(marketing)]
    pub newsletter_email: String,
    #[collected_for(security)]
    pub phone: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

async fn otp_target(a: &Account) -> String {
    a.phone.replace(' ', "")
}

async fn audience_key(a: &Account) -> String {
    sha256_hex(&a.newsletter_email.to_lowercase())
}

async fn deliver_otp(to: &str, code: u32) {
    println!("{to}: {code}");
}

#[ad_targeting]
async fn add_to_audience(key: String) {
    let _ = key;
}

pub async fn after_signup(a: &Account, code: u32) {
    let to = otp_target(a).await;
    deliver_otp(&to, code).await;

    let key = audience_key(a).await;
    add_to_audience(key).await;
}
