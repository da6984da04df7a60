//! A copy of a copy of a reference still carries the security field: `a -> b -> &b` reaching the sink is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub region: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn push_custom_audience(audience: &str, phone: &String) {
    let _ = (audience, phone);
}

pub fn enrol(customer: &Customer) {
    let number = customer.mfa_number.clone();
    let staged = number;
    let queued = &staged;
    let audience = format!("{}-lookalike", customer.region);
    push_custom_audience(&audience, queued); //~ ERROR purpose_violation
}
