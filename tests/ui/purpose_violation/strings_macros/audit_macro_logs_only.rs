//! Safe: an `audit!` macro logs the 2FA phone through `tracing`, while the `track!` macro that wraps the ads sink is only invoked with the plan and locale.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub plan: String,
    pub locale: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub struct AdsTracker;

impl AdsTracker {
    #[ad_targeting]
    pub fn track(&self, event: &str, dims: &[&str]) {
        let _ = (event, dims);
    }
}

macro_rules! audit {
    ($($arg:tt)*) => {
        tracing::info!(target: "audit", $($arg)*)
    };
}

macro_rules! track {
    ($ads:expr, $event:expr, $($dim:expr),+) => {
        $ads.track($event, &[$(String::as_str(&$dim)),+])
    };
}

pub fn challenge_sent(u: &User, ads: &AdsTracker) {
    audit!(user = u.id, phone = %u.mfa_phone, "2fa challenge sent");
    track!(ads, "challenge_sent", u.plan, u.locale);
}

pub fn challenge_passed(u: &User, ads: &AdsTracker) {
    audit!("2fa challenge passed for {} via {}", u.id, u.mfa_phone);
    track!(ads, "challenge_passed", u.plan);
}
