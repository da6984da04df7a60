//! Advertising integrations.
mod tailored;

pub use tailored::add_numbers;
