//! A struct literal builds a `Mailer`, whose `track` is unannotated; the sink is `PixelTracker::track`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct PixelTracker {
    pub pixel_id: u64,
}

impl PixelTracker {
    #[ad_targeting]
    pub fn track(&self, event: &str, identifier: &str) {
        println!("pixel {}: {event} by {identifier}", self.pixel_id);
    }
}

pub struct Mailer {
    pub from: String,
}

impl Mailer {
    /// Records a delivery attempt in the transactional mail log.
    pub fn track(&self, event: &str, identifier: &str) {
        println!("{} -> {identifier}: {event}", self.from);
    }
}

pub fn send_recovery_link(account: &Account) {
    let mailer = Mailer { from: "security@example.com".to_owned() };
    mailer.track("recovery-link-sent", &account.recovery_email);

    let pixel = PixelTracker { pixel_id: 1234 };
    pixel.track("recovery-started", &account.id.to_string());
}
