//! `(id, phone)` tuples are collected into a `Vec`, sorted and deduped by phone, then sent in `chunks(250)` after projecting the phone element.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub tier: u8,
    #[collected_for(security)]
    pub sms_phone: String,
}

pub struct MatchClient {
    pub token: String,
}

impl MatchClient {
    #[ad_targeting]
    pub fn bulk_match(&self, phones: &[&str]) -> usize {
        let payload = phones.join(",");
        let _ = (&self.token, payload);
        phones.len()
    }
}

pub fn match_premium(accounts: &[Account], client: &MatchClient) -> usize {
    let mut pairs: Vec<(u64, String)> = accounts
        .iter()
        .filter(|a| a.tier >= 2)
        .map(|a| (a.id, a.sms_phone.clone()))
        .collect();
    pairs.sort_by(|a, b| a.1.cmp(&b.1));
    pairs.dedup_by(|a, b| a.1 == b.1);

    let mut matched = 0;
    for chunk in pairs.chunks(250) {
        let phones: Vec<&str> = chunk.iter().map(|(_, phone)| phone.as_str()).collect();
        matched += client.bulk_match(&phones); //~ ERROR purpose_violation
    }
    matched
}
