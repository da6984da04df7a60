//! cargo-purpose: purpose limitation for Rust. Data collected for one purpose must not flow into
//! code that uses it for a purpose the collection forbids.

pub mod cli;
pub mod driver;
pub mod flow;
pub mod model;
pub mod policy;
pub mod report;
pub mod resolve;
pub mod sources;
pub mod syntax;
pub mod workspace;
