//! The function uses the 2FA phone for an SMS and sends the unannotated email to the sink: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub email: String,
    #[collected_for(security)]
    pub phone: String,
}

fn send_login_code(phone: &str, code: u32) {
    let _ = (phone, code);
}

pub mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn upload(email: &str) {
        let _ = email;
    }
}

pub fn login(user: &User, code: u32) {
    send_login_code(&user.phone, code);
    ads::upload(&user.email);
}
