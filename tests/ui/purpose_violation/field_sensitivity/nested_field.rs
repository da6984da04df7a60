//! Reading the annotated field through a path `order.customer.mfa_number` is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub name: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct Order {
    pub order_id: u64,
    pub total_cents: u64,
    pub customer: Customer,
}

#[ad_targeting]
pub fn track_conversion(order_id: u64, value_cents: u64, phone: &str) {
    let _ = (order_id, value_cents, phone);
}

pub fn on_paid(order: &Order) {
    track_conversion( //~ ERROR purpose_violation
        order.order_id,
        order.total_cents,
        &order.customer.mfa_number,
    );
}
