//! Only one impl of a plain trait is annotated: the CSV export is quiet, the ads export is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub trait ContactExporter {
    fn export(&self, contact: &str);
}

pub struct BackupCsv;
pub struct AdsExporter;

impl ContactExporter for BackupCsv {
    fn export(&self, contact: &str) {
        let _ = contact;
    }
}

impl ContactExporter for AdsExporter {
    #[ad_targeting]
    fn export(&self, contact: &str) {
        let _ = contact;
    }
}

pub fn nightly(backup: &BackupCsv, ads: &AdsExporter, customer: &Customer) {
    backup.export(&customer.mfa_number);
    ads.export(&customer.mfa_number); //~ ERROR purpose_violation
}
