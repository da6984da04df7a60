//! With `[purposes]` and `[uses]` declared, every name in an annotation must be declared, and
//! `allows` lists the only uses a purpose permits.
use purpose::{ad_targeting, used_for, Purpose};

#[derive(Purpose)]
pub struct Customer {
    #[collected_for(billing)]
    pub card_last_four: String,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(marketting)] //~ ERROR unknown_purpose
    pub newsletter_email: String,
}

#[ad_targeting]
pub fn lookalike_seed(_ids: &[String]) {}

#[used_for(analytics)]
pub fn revenue_report(_rows: &[String]) {}

#[used_for(crm)] //~ ERROR unknown_purpose
pub fn crm_sync(_rows: &[String]) {}

pub fn run(customer: &Customer) {
    lookalike_seed(&[customer.card_last_four.clone()]); //~ ERROR purpose_violation
    revenue_report(&[customer.card_last_four.clone()]);
    revenue_report(&[customer.phone.clone()]); //~ ERROR purpose_violation
}
