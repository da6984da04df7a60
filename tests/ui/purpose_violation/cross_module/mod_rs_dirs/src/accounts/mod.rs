//! Account records and their storage.
mod model;

pub use model::Account;
