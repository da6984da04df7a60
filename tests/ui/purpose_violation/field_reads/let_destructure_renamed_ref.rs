//! `let Account { verified_mobile: mobile, .. } = &acct;` renames the security field; the reference still flows.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub username: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub struct CrmSync {
    pub endpoint: String,
}

impl CrmSync {
    #[ad_targeting]
    pub fn push_contact(&self, mobile: &str) {
        let _ = (&self.endpoint, mobile);
    }
}

pub fn nightly(crm: &CrmSync, accounts: Vec<Account>) {
    for acct in accounts {
        let Account { verified_mobile: mobile, .. } = &acct;
        crm.push_contact(mobile); //~ ERROR purpose_violation
    }
}
