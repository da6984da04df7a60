//! Safe: one pass fills a `HashMap<u64, String>` of OTP phones for the SMS sender and a `BTreeSet` of regions; only the region set reaches the geo-targeting sink.
use purpose::{Purpose, ad_targeting};
use std::collections::{BTreeSet, HashMap};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub region: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

mod sms {
    use std::collections::HashMap;

    pub fn send_bulk_codes(targets: &HashMap<u64, String>) {
        for (id, phone) in targets {
            let _ = (id, phone);
        }
    }
}

mod geo {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn target_regions(regions: Vec<String>) {
        let _ = regions;
    }
}

pub fn login_challenge_round(accounts: &[Account]) {
    let mut otp_targets: HashMap<u64, String> = HashMap::new();
    let mut regions: BTreeSet<String> = BTreeSet::new();
    for a in accounts {
        otp_targets.insert(a.id, a.otp_phone.clone());
        regions.insert(a.region.to_uppercase());
    }
    sms::send_bulk_codes(&otp_targets);
    geo::target_regions(regions.into_iter().collect());
}
