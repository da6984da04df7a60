//! Helpers shared by the unit tests.
use crate::accounts::Account;
use crate::ads;

pub fn account_with_phone(phone: &str) -> Account {
    Account { id: 7, plan: "free".into(), phone: phone.into() }
}

pub fn smoke_upload() {
    let account = account_with_phone("+15550123");
    ads::add_phone(&account.phone);
}

#[test]
fn smoke() {
    smoke_upload();
}
