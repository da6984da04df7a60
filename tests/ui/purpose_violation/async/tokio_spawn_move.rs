//! The hashed phone is moved into a `tokio::spawn(async move { .. })` task that calls the ads client.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};
use std::sync::Arc;

#[derive(Purpose)]
pub struct Login {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct ConversionsApi {
    pub pixel_id: String,
}

impl ConversionsApi {
    #[ad_targeting]
    pub async fn send_event(&self, name: &str, hashed_phone: String) {
        let _ = (&self.pixel_id, name, hashed_phone);
    }
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

pub fn on_login(login: &Login, api: Arc<ConversionsApi>) -> tokio::task::JoinHandle<()> {
    let hashed = sha256_hex(&login.phone);
    tokio::spawn(async move {
        api.send_event("Login", hashed).await; //~ ERROR purpose_violation
    })
}
