//! CRM accounts (business customers); the phone is the sales contact line and is not annotated.
pub struct Account {
    pub company: String,
    pub phone: String,
}
