//! `#[used_for(fraud_detection)]` is not a use that `security` forbids, so sending the number there is quiet.
use purpose::{Purpose, ad_targeting, used_for};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

#[used_for(fraud_detection)]
pub fn score_login(phone: &str, ip: &str) -> bool {
    phone.starts_with("+1900") || ip.starts_with("10.")
}

#[ad_targeting]
pub fn track_conversion(user_id: u64, event: &str) {
    let _ = (user_id, event);
}

pub fn on_login(user: &User, ip: &str) {
    let suspicious = score_login(&user.phone, ip);
    if !suspicious {
        track_conversion(user.id, "login");
    }
}
