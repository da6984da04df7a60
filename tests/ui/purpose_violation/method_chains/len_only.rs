//! `.len()` of the security field is a number that carries none of its content: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn track_feature(customer_id: u64, feature: &str, value: usize) {
    let _ = (customer_id, feature, value);
}

pub fn report_phone_length(customer: &Customer) {
    let digits = customer.mfa_number.trim().len();
    track_feature(customer.customer_id, "mfa_number_length", digits);
}
