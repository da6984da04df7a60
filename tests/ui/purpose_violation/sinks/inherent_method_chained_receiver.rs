//! An inherent sink method called on a freshly built client over several lines: the marker is on `.upload_contacts(`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct PartnerAds {
    token: String,
}

impl PartnerAds {
    pub fn connect(token: &str) -> PartnerAds {
        PartnerAds { token: token.to_string() }
    }

    #[ad_targeting]
    pub fn upload_contacts(&self, contacts: &[String]) {
        let _ = (&self.token, contacts);
    }
}

pub fn share(accounts: &[Account], token: &str) {
    let contacts: Vec<String> = accounts.iter().map(|a| a.verified_mobile.clone()).collect();
    PartnerAds::connect(token)
        .upload_contacts(&contacts); //~ ERROR purpose_violation
}
