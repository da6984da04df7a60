//! The row's `contact` field is overwritten with a clean value before the sink reads it: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub account_id: u64,
    pub marketing_email: String,
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

fn send_otp(to: &str) {
    let _ = to;
}

pub fn export(account: &Account) {
    let mut row = AudienceRow {
        external_id: account.account_id,
        contact: account.verified_mobile.clone(),
    };
    send_otp(&row.contact);
    row.contact = account.marketing_email.clone();
    upload_contact(row.external_id, &row.contact);
}
