//! Safe: one closure captures the phone and sends the OTP; the closure that calls the ads sink captures only the user id.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Login {
    pub user_id: u64,
    pub ip: String,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub fn send(to: &str, body: &str) {
        println!("{to}: {body}");
    }
}

#[ad_targeting]
fn record_conversion(audience_key: &str, event: &str) {
    let _ = (audience_key, event);
}

pub fn on_login(login: &Login, code: u32) {
    let phone = login.phone.clone();
    let notify = |body: &str| sms::send(&phone, body);

    let key = format!("uid:{}", login.user_id);
    let track = |event: &str| record_conversion(&key, event);

    notify(&format!("Your code: {code}"));
    track("login");
}
