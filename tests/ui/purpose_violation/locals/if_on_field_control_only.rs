//! An `if` that tests the security field only chooses between two literals; the literal carries no data: quiet.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub mod segments {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn tag_customer(customer_id: u64, tag: &str) {
        let _ = (customer_id, tag);
    }
}

pub fn tag_security_posture(customer: &Customer) {
    let tag = if customer.mfa_number.is_empty() {
        "no-2fa"
    } else {
        "2fa-enabled"
    };
    segments::tag_customer(customer.customer_id, tag);
}
