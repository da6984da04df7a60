//! An ad-targeting entry point that nothing in the crate calls (the ads framework does) reads the
//! security field of the value it receives: the finding is where the field is read.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub id: u64,
    pub lifetime_value_cents: u64,
    #[collected_for(security)]
    pub otp_phone: String,
}

pub struct AudienceRow {
    pub customer_id: u64,
    pub match_key: String,
    pub value_cents: u64,
}

/// Called by the partner's audience-sync scheduler for every customer.
#[ad_targeting]
pub fn audience_row(customer: &Customer) -> AudienceRow {
    AudienceRow {
        customer_id: customer.id,
        match_key: customer.otp_phone.replace(' ', ""), //~ ERROR purpose_violation
        value_cents: customer.lifetime_value_cents,
    }
}
