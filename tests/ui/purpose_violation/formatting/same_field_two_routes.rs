//! One security field reaching a call by two routes (directly and via a cleaned copy) is a single finding.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn upload_identifier(label: &str) {
    let _ = label;
}

pub fn upload(customer: &Customer) {
    let digits = customer.mfa_number.replace('-', "");
    let label = format!("{}/{}", customer.mfa_number, digits);
    upload_identifier(&label); //~ ERROR purpose_violation
}
