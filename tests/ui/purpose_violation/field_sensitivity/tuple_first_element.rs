//! In `(id, phone)` element `.0` is the customer id; sending only `pair.0` is quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct Audiences;

impl Audiences {
    #[ad_targeting]
    pub fn add_customer_id(&self, customer_id: u64) {
        let _ = customer_id;
    }
}

pub fn sync(audiences: &Audiences, customers: &[Customer]) {
    for customer in customers {
        let pair = (customer.customer_id, customer.mfa_number.clone());
        if !pair.1.is_empty() {
            audiences.add_customer_id(pair.0);
        }
    }
}
