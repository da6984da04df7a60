//! Marketing integrations.
pub mod audiences;
pub mod relay;
