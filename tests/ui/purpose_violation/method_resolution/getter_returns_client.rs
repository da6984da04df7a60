//! The receiver comes from a method that returns `&AdsClient` (`self.ads().push(..)`); the same-named
//! method on the `&SmsGateway` returned by `self.sms()` is not a sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn push(&self, identifier: &str) {
        println!("ads <- {identifier}");
    }
}

pub struct SmsGateway;

impl SmsGateway {
    pub fn push(&self, identifier: &str) {
        println!("sms -> {identifier}");
    }
}

pub struct Services {
    ads: AdsClient,
    sms: SmsGateway,
}

impl Services {
    pub fn ads(&self) -> &AdsClient {
        &self.ads
    }

    pub fn sms(&self) -> &SmsGateway {
        &self.sms
    }
}

pub fn on_sign_up(services: &Services, account: &Account) {
    services.sms().push(&account.phone);
    services.ads().push(&account.phone); //~ ERROR purpose_violation
}
