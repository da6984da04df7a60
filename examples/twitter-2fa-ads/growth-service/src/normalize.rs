//! Canonical forms for contact identifiers, shared by the login flows and the audience jobs.

/// Formats a phone number as E.164: strips spaces, dashes and brackets, and assumes the North
/// American country code for ten-digit numbers written without one.
pub fn normalize_phone(raw: &str) -> String {
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if raw.trim_start().starts_with('+') || digits.len() != 10 {
        format!("+{digits}")
    } else {
        format!("+1{digits}")
    }
}

/// Trims and lowercases an email address, which is how the ads platform matches them.
pub fn normalize_email(raw: &str) -> String {
    raw.trim().to_ascii_lowercase()
}
