//! `.clone()` of the security field passed by value into the sink is a violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload(phone: String) {
        let _ = phone;
    }
}

pub fn enrol_all(customers: &[Customer]) {
    for customer in customers {
        ads::upload(customer.mfa_number.clone()); //~ ERROR purpose_violation
    }
}
