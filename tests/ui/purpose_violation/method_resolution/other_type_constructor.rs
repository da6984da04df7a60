//! `Notifier::new()` returns `Self`, so `notifier.upload(..)` is the unannotated `Notifier::upload`,
//! not the sink `AudienceUploader::upload`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub interests: Vec<String>,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AudienceUploader {
    audience: String,
}

impl AudienceUploader {
    pub fn new(audience: &str) -> Self {
        Self { audience: audience.to_owned() }
    }

    #[ad_targeting]
    pub fn upload(&self, values: &[String]) {
        println!("{}: {}", self.audience, values.len());
    }
}

pub struct Notifier {
    channel: String,
}

impl Notifier {
    pub fn new() -> Self {
        Self { channel: "sms".to_owned() }
    }

    pub fn upload(&self, values: &[String]) {
        println!("{}: {}", self.channel, values.len());
    }
}

pub fn on_login(account: &Account) {
    let notifier = Notifier::new();
    notifier.upload(&[account.phone.clone()]);

    let uploader = AudienceUploader::new("interests");
    uploader.upload(&account.interests);
}
