//! Safe: a two-arm `macro_rules!` sends `sms:` values to the SMS gateway and `ads:` values to ads; the phone uses the `sms:` arm.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub fn send(to: &str) {
        println!("otp -> {to}");
    }
}

#[ad_targeting]
fn add_audience_member(id: &str) {
    let _ = id;
}

macro_rules! dispatch {
    (sms: $v:expr) => {
        sms::send(&$v)
    };
    (ads: $v:expr) => {
        add_audience_member(&$v)
    };
}

pub fn on_signup(u: &User) {
    dispatch!(sms: u.phone);
    dispatch!(ads: u.handle);
}
