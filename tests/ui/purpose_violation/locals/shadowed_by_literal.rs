//! `phone` is shadowed by a redacted literal before the sink call, so the sink gets no security data: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

fn send_sms_code(to: &str, code: u32) {
    let _ = (to, code);
}

#[ad_targeting]
pub fn sync_contact(customer_id: u64, phone: &str) {
    let _ = (customer_id, phone);
}

pub fn verify_and_report(customer: &Customer, code: u32) {
    let phone = customer.mfa_number.clone();
    send_sms_code(&phone, code);
    let phone = String::from("[redacted]");
    sync_contact(customer.customer_id, &phone);
}
