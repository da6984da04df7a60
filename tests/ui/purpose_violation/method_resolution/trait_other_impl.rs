//! Two traits declare `deliver`; only `AudienceSink::deliver` is a sink, and the phone is delivered
//! through a type that implements only `Transport`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

pub trait AudienceSink {
    #[ad_targeting]
    fn deliver(&self, identifier: &str);
}

pub trait Transport {
    fn deliver(&self, identifier: &str);
}

pub struct PartnerFeed;

impl AudienceSink for PartnerFeed {
    fn deliver(&self, identifier: &str) {
        println!("partner feed <- {identifier}");
    }
}

pub struct SmsTransport {
    pub sender: String,
}

impl Transport for SmsTransport {
    fn deliver(&self, identifier: &str) {
        println!("{} -> {identifier}", self.sender);
    }
}

pub fn on_sign_up(account: &Account) {
    let sms = SmsTransport { sender: "ACME".to_owned() };
    sms.deliver(&account.phone);

    let feed = PartnerFeed;
    feed.deliver(&account.segment);
}
