//! HTTP handlers, registered with the router by the binary that embeds this crate.
pub mod audience_export;
