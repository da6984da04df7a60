//! Safe: the 2FA phone goes to `SmsNotifier::notify`, a statically known non-sink impl of a trait whose `PromoPush` impl is a sink; the promo gets the push token.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub push_token: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub trait Notifier {
    fn notify(&self, to: &str, body: &str);
}

pub struct SmsNotifier {
    pub sender_id: String,
}

pub struct PromoPush {
    pub campaign: String,
}

impl Notifier for SmsNotifier {
    fn notify(&self, to: &str, body: &str) {
        let _ = (&self.sender_id, to, body);
    }
}

impl Notifier for PromoPush {
    #[ad_targeting]
    fn notify(&self, to: &str, body: &str) {
        let _ = (&self.campaign, to, body);
    }
}

pub fn after_login(user: &User, code: &str) {
    let sms = SmsNotifier {
        sender_id: "ACME".to_string(),
    };
    sms.notify(&user.mfa_phone, &format!("Your login code is {code}"));

    let promo = PromoPush {
        campaign: "spring-upgrade".to_string(),
    };
    tracing::info!(user = user.id, "login completed");
    promo.notify(&user.push_token, "20% off Pro this week");
}
