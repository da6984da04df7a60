//! The whole row is passed to a sink whose body reads only `external_id`; the number never enters the sink: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct AudienceRow {
    pub external_id: String,
    pub contact: String,
}

pub struct PartnerAudiences;

impl PartnerAudiences {
    #[ad_targeting]
    pub fn upload_external_id(&self, row: &AudienceRow) {
        let line = format!("external_id={}", row.external_id);
        let _ = line;
    }
}

pub fn export(partner: &PartnerAudiences, account: &Account) {
    let row = AudienceRow {
        external_id: account.account_id.to_string(),
        contact: account.verified_mobile.clone(),
    };
    partner.upload_external_id(&row);
}
