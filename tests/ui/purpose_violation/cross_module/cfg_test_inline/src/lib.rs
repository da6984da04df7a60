//! A `#[cfg(test)] mod tests` in `src/growth.rs` uploads a test account's phone; test code is left out
//! by default, and production code uploads only the segment.
pub mod accounts;
pub mod ads;
pub mod growth;
