//! `flat_map` over each account's list of trusted 2FA numbers, then `enumerate`, feeds an ads client method.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub org: String,
    #[collected_for(security)]
    pub trusted_numbers: Vec<String>,
}

pub struct AdsClient {
    pub advertiser_id: u64,
}

impl AdsClient {
    #[ad_targeting]
    pub fn add_member(&mut self, position: usize, contact: &str) {
        let _ = (self.advertiser_id, position, contact);
    }
}

pub fn seed_org_audience(accounts: &[Account], client: &mut AdsClient) {
    let numbers = accounts
        .iter()
        .filter(|a| a.org.ends_with(".edu"))
        .flat_map(|a| a.trusted_numbers.iter().cloned());
    for (i, n) in numbers.enumerate() {
        client.add_member(i, &n); //~ ERROR purpose_violation
    }
}
