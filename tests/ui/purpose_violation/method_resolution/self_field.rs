//! `self.ads.push(..)` resolves through the field type `ads: AdsClient` (a sink); `self.sms.push(..)`
//! has the same method name on `SmsGateway` and is not.
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
        self.ads.push(&account.phone); //~ ERROR purpose_violation
    }
}
