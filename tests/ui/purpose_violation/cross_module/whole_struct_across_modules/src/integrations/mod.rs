//! Third-party integrations.
pub mod ads;
