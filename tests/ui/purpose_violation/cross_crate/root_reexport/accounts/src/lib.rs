//! Accounts; the record lives in a private module and is re-exported at the root.
mod model;

pub use model::Account;
