//! `[handle, mobile].join(",")` puts the security field into the joined row: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

#[ad_targeting]
pub fn upload_row(row: &str) {
    let _ = row;
}

pub fn export(accounts: &[Account]) {
    for account in accounts {
        let row = [account.handle.as_str(), account.verified_mobile.as_str()].join(",");
        upload_row(&row); //~ ERROR purpose_violation
    }
}
