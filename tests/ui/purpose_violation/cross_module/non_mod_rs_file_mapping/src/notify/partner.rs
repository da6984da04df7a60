//! The SMS partner's API.
pub fn push(identifier: &str, locale: &str) {
    println!("sms partner -> {identifier} ({locale})");
}
