//! A free-function sink in a nested module, imported with `use` and called by its bare name, is still a sink.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub mod growth {
    pub mod audiences {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn push_custom_audience(audience: &str, phones: &[&str]) {
            let _ = (audience, phones);
        }
    }
}

use crate::growth::audiences::push_custom_audience;

pub fn weekly_lookalike_refresh(customers: &[Customer]) {
    let phones: Vec<&str> = customers.iter().map(|c| c.mfa_number.as_str()).collect();
    push_custom_audience("weekly-lookalike", &phones); //~ ERROR purpose_violation
}
