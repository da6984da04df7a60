//! `String + &field` concatenation keeps the security field in the result: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn push_custom_audience(audience: &str, match_key: &str) {
    let _ = (audience, match_key);
}

pub fn sync(customer: &Customer) {
    let match_key = String::from("tel:") + &customer.mfa_number;
    push_custom_audience("checkout-abandoners", &match_key); //~ ERROR purpose_violation
}
