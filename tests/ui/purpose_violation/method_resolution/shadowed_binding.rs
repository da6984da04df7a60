//! `client` is first an `AdsClient` and then shadowed by an `SmsGateway`; the phone goes to the second.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AdsClient;

impl AdsClient {
    pub fn connect() -> AdsClient {
        AdsClient
    }

    #[ad_targeting]
    pub fn push(&self, value: &str) {
        println!("ads <- {value}");
    }
}

pub struct SmsGateway;

impl SmsGateway {
    pub fn connect() -> SmsGateway {
        SmsGateway
    }

    pub fn push(&self, value: &str) {
        println!("sms -> {value}");
    }
}

pub fn on_sign_up(account: &Account) {
    let client = AdsClient::connect();
    client.push(&account.segment);

    let client = SmsGateway::connect();
    client.push(&account.phone);
}
