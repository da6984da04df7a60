//! Two child modules are both called `export`: `growth::export::upload` (in `src/growth/export.rs`) is
//! a sink, `compliance::export::upload` (in `src/compliance/export.rs`, the GDPR data export to the
//! user) is not; `src/compliance.rs` sends the phone to its own child.
pub mod accounts;
pub mod compliance;
pub mod growth;
