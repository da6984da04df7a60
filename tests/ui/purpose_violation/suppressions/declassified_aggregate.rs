//! A declassifier's result carries no purpose: a count of verified phones may feed a campaign
//! report, while the phones themselves may not.
use purpose::{ad_targeting, declassify, Purpose};

#[derive(Purpose)]
pub struct Account {
    pub region: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn report_reach(_region: &str, _label: String) {}

#[declassify(reason = "an aggregate count per region identifies no one")]
pub fn verified_count(accounts: &[Account]) -> String {
    let phones: Vec<&String> = accounts.iter().map(|account| &account.phone).collect();
    format!("{} verified", phones.len())
}

pub fn campaign(accounts: &[Account]) {
    report_reach("emea", verified_count(accounts));
    report_reach("emea", accounts[0].phone.clone()); //~ ERROR purpose_violation
}
