//! Nested modules in non-mod-rs files (`src/marketing.rs` declares `mod relay;` → `src/marketing/relay.rs`):
//! the finding is on the sink call inside the relay helper, which reaches the sink through `super::`.
pub mod identity;
pub mod marketing;
pub mod sync;
