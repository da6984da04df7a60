//! Safe: the phone is moved into the task that sends the OTP; the ads task is spawned with the user id only.
use std::sync::Arc;

use purpose::{Purpose, ad_targeting};

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
    pub async fn send_event(&self, name: &str, external_id: String) {
        let _ = (&self.pixel_id, name, external_id);
    }
}

async fn send_sms(to: String, body: String) {
    println!("{to}: {body}");
}

pub fn on_login(login: &Login, api: Arc<ConversionsApi>, code: u32) {
    let phone = login.phone.clone();
    tokio::spawn(async move {
        send_sms(phone, format!("Your code is {code}")).await;
    });

    let external_id = login.user_id.to_string();
    tokio::spawn(async move {
        api.send_event("Login", external_id).await;
    });
}
