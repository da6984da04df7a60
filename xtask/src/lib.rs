//! Development tasks for cargo-purpose, as a library so that the root package's tests and benches
//! can generate workspaces without running a second cargo.

pub mod compare;
pub mod generate;
pub mod parse_floor;
