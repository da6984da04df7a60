//! `src/partner.rs` (a sink) and `src/notify/partner.rs` (the SMS partner, not a sink) are different
//! modules: `mod partner;` inside `src/notify.rs` loads the second, and that is where the phone goes.
pub mod accounts;
pub mod notify;
pub mod partner;
