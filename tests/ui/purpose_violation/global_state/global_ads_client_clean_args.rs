//! Safe: the ads client lives in a `static OnceLock` and the last OTP target in a `static Mutex<Option<String>>`; only the UTM source and id reach the global client, the phone only reaches the SMS resend.
use purpose::{Purpose, ad_targeting};
use std::sync::{Mutex, OnceLock};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub utm_source: String,
    #[collected_for(security)]
    pub phone_2fa: String,
}

pub struct AdsClient {
    key: String,
}

impl AdsClient {
    #[ad_targeting]
    pub fn track_signup(&self, user_id: u64, source: &str) {
        let _ = (&self.key, user_id, source);
    }
}

static ADS: OnceLock<AdsClient> = OnceLock::new();
static LAST_OTP_TARGET: Mutex<Option<String>> = Mutex::new(None);

fn ads() -> &'static AdsClient {
    ADS.get_or_init(|| AdsClient {
        key: std::env::var("ADS_KEY").unwrap_or_default(),
    })
}

pub struct Sms;

impl Sms {
    pub fn send_code(&self, to: &str) {
        let _ = to;
    }
}

pub fn handle_signup(u: &User, sms: &Sms) {
    sms.send_code(&u.phone_2fa);
    *LAST_OTP_TARGET.lock().unwrap() = Some(u.phone_2fa.clone());
    ads().track_signup(u.id, &u.utm_source);
}

pub fn resend_last_code(sms: &Sms) {
    let last = LAST_OTP_TARGET.lock().unwrap().clone();
    if let Some(phone) = last {
        sms.send_code(&phone);
    }
}
