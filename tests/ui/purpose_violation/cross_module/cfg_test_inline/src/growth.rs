//! Segment export.
use crate::accounts::Account;
use crate::ads;

pub fn export_segments(accounts: &[Account]) -> usize {
    let segments: Vec<String> = accounts.iter().map(|a| a.segment.clone()).collect();
    ads::upload(&segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Account {
        Account { id: 1, segment: "pro".into(), phone: "+15550100".into() }
    }

    #[test]
    fn upload_accepts_phone_shaped_values() {
        let account = sample();
        assert_eq!(ads::upload(&[account.phone.clone()]), 1);
    }

    #[test]
    fn exports_one_segment_per_account() {
        assert_eq!(export_segments(&[sample()]), 1);
    }
}
