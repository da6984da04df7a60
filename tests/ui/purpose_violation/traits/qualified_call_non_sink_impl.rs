//! Safe: the phone goes through `<SmsGateway as Notifier>::notify`; only the pixel's impl is a sink and it gets the display name.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

pub trait Notifier {
    fn notify(&self, to: &str, body: &str);
}

pub struct SmsGateway {
    pub sender_id: String,
}

pub struct AudiencePixel;

impl Notifier for SmsGateway {
    fn notify(&self, to: &str, body: &str) {
        println!("[{}] -> {to}: {body}", self.sender_id);
    }
}

impl Notifier for AudiencePixel {
    #[ad_targeting]
    fn notify(&self, to: &str, body: &str) {
        let _ = (to, body);
    }
}

pub fn on_login(user: &User, code: u32, gateway: &SmsGateway) {
    let text = format!("Your sign-in code is {code:06}");
    <SmsGateway as Notifier>::notify(gateway, &user.phone, &text);
    AudiencePixel.notify(&user.display_name, "login");
}
