//! `order.shipping_phone` is an unannotated field of `Order`, not the customer's 2FA number: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub name: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

pub struct Order {
    pub order_id: u64,
    pub customer: Customer,
    /// Typed in at checkout for the courier.
    pub shipping_phone: String,
}

#[ad_targeting]
pub fn track_conversion(order_id: u64, phone: &str, name: &str) {
    let _ = (order_id, phone, name);
}

pub fn on_paid(order: &Order) {
    track_conversion(
        order.order_id,
        &order.shipping_phone,
        &order.customer.name,
    );
}
