//! Modules in `foo/mod.rs` directories: the sink is in `src/ads/tailored.rs`, re-exported by
//! `src/ads/mod.rs`, and the flow is in `src/jobs/mod.rs`.
pub mod accounts;
pub mod ads;
pub mod jobs;
