//! Integration test: the ads client accepts phone-shaped values.
use accounts::Account;

#[test]
fn accepts_phone_numbers() {
    let account = Account { id: 1, segment: "pro".into(), phone: "+15550100".into() };
    assert_eq!(ads_platform::upload(&[account.phone.clone()]), 1);
    assert_eq!(growth::export_segments(&[account]), 1);
}
