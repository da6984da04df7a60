//! An associated function `TailoredAudiences::add(..)` annotated as a sink receives the number: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct TailoredAudiences;

impl TailoredAudiences {
    #[ad_targeting]
    pub fn add(list_id: &str, phone: &str) {
        let _ = (list_id, phone);
    }

    pub fn list_for(customer: &Customer) -> String {
        format!("list-{}", customer.customer_id % 8)
    }
}

pub fn enrol(customer: &Customer) {
    let list_id = TailoredAudiences::list_for(customer);
    TailoredAudiences::add(&list_id, &customer.mfa_number); //~ ERROR purpose_violation
}
