//! Modules loaded with `#[path]`: the sink from `src/vendor/partner_ads.rs`, the source (a tuple
//! struct field) from `src/legacy/phone.rs` through a `#[path]` in `src/model.rs`, which is relative to
//! `src/`, not to `src/model/`.
#[path = "vendor/partner_ads.rs"]
pub mod ads;
pub mod export;
pub mod model;
