//! The row starts clean, then `row.contact = account.verified_mobile.clone()` taints that field: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    pub marketing_email: Option<String>,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct AudienceRow {
    pub external_id: u64,
    pub contact: String,
}

#[ad_targeting]
pub fn upload_contact(external_id: u64, contact: &str) {
    let _ = (external_id, contact);
}

pub fn export(account: &Account) {
    let mut row = AudienceRow { external_id: account.account_id, contact: String::new() };
    match &account.marketing_email {
        Some(email) => row.contact = email.clone(),
        None => row.contact = account.verified_mobile.clone(),
    }
    upload_contact(row.external_id, &row.contact); //~ ERROR purpose_violation
}
