//! The struct holds both clients; the phone goes to `self.sms.push(..)` and only the segment goes to
//! the sink `self.ads.push(..)`.
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

pub struct GrowthService {
    ads: AdsClient,
    sms: SmsGateway,
}

impl GrowthService {
    pub fn new() -> Self {
        GrowthService { ads: AdsClient, sms: SmsGateway }
    }

    pub fn welcome(&self, account: &Account) {
        self.sms.push(&account.phone);
        self.ads.push(&account.segment);
    }
}
