//! `billing::upload` shares its name with the sink `ads::upload` but is not annotated: quiet.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub marketing_email: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub mod ads {
    #[purpose::ad_targeting]
    pub fn upload(contact: &str) {
        let _ = contact;
    }
}

pub mod billing {
    /// Sends the number to the payment provider for 3-D Secure SMS.
    pub fn upload(contact: &str) {
        let _ = contact;
    }
}

use billing::upload;

pub fn on_checkout(customer: &Customer) {
    upload(&customer.mfa_number);
    ads::upload(&customer.marketing_email);
}
