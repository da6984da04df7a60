//! Safe: the global list holds marketing-consented emails, which may reach ads; the security phone is never stored there.
use std::sync::{LazyLock, Mutex};

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    #[collected_for(marketing)]
    pub email: String,
    #[collected_for(security)]
    pub phone: String,
}

static OPTED_IN: LazyLock<Mutex<Vec<String>>> = LazyLock::new(|| Mutex::new(Vec::new()));

pub fn on_subscribe(s: &Subscriber, marketing_consent: bool) {
    if marketing_consent {
        OPTED_IN.lock().unwrap().push(s.email.to_lowercase());
    }
    println!("verification code sent to {}", s.phone);
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn upload_list(emails: &[String]) {
        let _ = emails;
    }
}

pub fn weekly() {
    let emails = OPTED_IN.lock().unwrap().clone();
    ads::upload_list(&emails);
}
