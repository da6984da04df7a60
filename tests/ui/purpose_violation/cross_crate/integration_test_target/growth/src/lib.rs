//! Production code uploads only segments; the integration test in `tests/upload.rs` uploads a phone,
//! and test targets are left out by default.
use accounts::Account;

pub fn export_segments(accounts: &[Account]) -> usize {
    let segments: Vec<String> = accounts.iter().map(|a| a.segment.clone()).collect();
    ads_platform::upload(&segments)
}
