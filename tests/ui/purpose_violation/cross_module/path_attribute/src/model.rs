//! Data model; the phone type still lives in the legacy folder.
#[path = "legacy/phone.rs"]
pub mod phone;
