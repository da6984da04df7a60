//! An ad-targeting handler in `src/handlers/audience_export.rs` is called only by the web framework,
//! never in this crate; it reads the recovery phone of the account it receives, so the finding is on
//! that read.
pub mod handlers;
pub mod model;
