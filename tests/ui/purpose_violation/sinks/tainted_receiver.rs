//! The number wrapped in a plain newtype is the receiver of a sink method: violation at `.publish(`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct MatchKey(pub String);

impl MatchKey {
    #[ad_targeting]
    pub fn publish(&self, list: &str) {
        let _ = (list, &self.0);
    }
}

pub fn publish_match_keys(customers: &[Customer]) {
    for customer in customers {
        MatchKey(customer.mfa_number.replace(' ', ""))
            .publish("lookalike-seed"); //~ ERROR purpose_violation
    }
}
