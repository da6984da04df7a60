//! In `(id, phone)` the number is element `.1`; sending `pair.1` is a violation.
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
    pub fn add_phone(&self, phone: &str) {
        let _ = phone;
    }
}

pub fn sync(audiences: &Audiences, customers: &[Customer]) {
    let pairs: Vec<(u64, String)> =
        customers.iter().map(|c| (c.customer_id, c.mfa_number.clone())).collect();
    for pair in &pairs {
        audiences.add_phone(&pair.1); //~ ERROR purpose_violation
    }
}
