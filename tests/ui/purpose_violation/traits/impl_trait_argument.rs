//! An `impl Retargeting` argument whose trait method is declared as an ads sink receives normalized recovery emails.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    pub country: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub trait Retargeting {
    #[ad_targeting]
    fn enqueue(&mut self, email: String);
}

pub struct CriteoBatch {
    rows: Vec<String>,
}

impl Retargeting for CriteoBatch {
    fn enqueue(&mut self, email: String) {
        self.rows.push(email);
    }
}

fn normalize(email: &str) -> String {
    email.trim().to_ascii_lowercase()
}

pub fn export_dormant(accounts: &[Account], mut dest: impl Retargeting) {
    for acct in accounts.iter().filter(|a| a.country == "DE") {
        let email = normalize(&acct.recovery_email);
        dest.enqueue(email); //~ ERROR purpose_violation
    }
}

pub fn nightly(accounts: &[Account]) {
    export_dormant(accounts, CriteoBatch { rows: Vec::new() });
}
