//! `gateway: &SmsGateway` has an unannotated `upload` with the same name and signature as the sink
//! `AdsClient::upload`; the phone goes only to the gateway.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AdsClient {
    pub api_key: String,
}

impl AdsClient {
    #[ad_targeting]
    pub fn upload(&self, audience: &str, identifiers: &[String]) {
        println!("ads {audience}: {}", identifiers.len());
    }
}

pub struct SmsGateway {
    pub sender_id: String,
}

impl SmsGateway {
    pub fn upload(&self, template: &str, identifiers: &[String]) {
        println!("sms {template} from {}: {}", self.sender_id, identifiers.len());
    }
}

pub fn send_security_notice(gateway: &SmsGateway, account: &Account) {
    let recipients = vec![account.phone.clone()];
    gateway.upload("password-changed", &recipients);
}

pub fn tag_segment(client: &AdsClient, account: &Account) {
    client.upload("segments", &[account.segment.clone()]);
}
