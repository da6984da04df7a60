//! Converting the security field to bytes with `.as_bytes().to_vec()` does not launder it: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct PartnerAudiences {
    pub partner: String,
}

impl PartnerAudiences {
    #[ad_targeting]
    pub fn upload_raw(&self, payload: Vec<u8>) {
        let _ = (&self.partner, payload);
    }
}

pub fn share(partner: &PartnerAudiences, account: &Account) {
    let payload = account.verified_mobile.as_bytes().to_vec();
    partner.upload_raw(payload); //~ ERROR purpose_violation
}
