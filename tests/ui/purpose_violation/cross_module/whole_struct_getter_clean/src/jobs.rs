//! Scheduled jobs.
pub mod nightly;
