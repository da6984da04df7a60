//! A variable that starts as the username and is then assigned the security field carries it into the sink: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub username: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct PartnerAds;

impl PartnerAds {
    #[ad_targeting]
    pub fn upload_contact(&self, contact: String) {
        let _ = contact;
    }
}

pub fn export_one(partner: &PartnerAds, account: &Account) {
    let mut contact = account.username.clone();
    println!("exporting {contact}");
    contact = account.verified_mobile.clone();
    partner.upload_contact(contact); //~ ERROR purpose_violation
}
