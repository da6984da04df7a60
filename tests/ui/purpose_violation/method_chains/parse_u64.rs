//! Parsing the number with `.parse::<u64>()` changes its type, not its content: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn track_conversion(customer_id: u64, msisdn: u64) {
    let _ = (customer_id, msisdn);
}

pub fn report(customer: &Customer) {
    let parsed = customer.mfa_number.trim_start_matches('+').parse::<u64>();
    if let Ok(msisdn) = parsed {
        track_conversion(customer.customer_id, msisdn); //~ ERROR purpose_violation
    }
}
