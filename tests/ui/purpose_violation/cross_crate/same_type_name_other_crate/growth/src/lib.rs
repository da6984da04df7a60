//! Two crates export a struct `Account` with a `phone` field; only `accounts::Account::phone` is a
//! source, and the phone uploaded here is `crm::Account::phone`.
use crm::Account;

pub fn b2b_audience(customers: &[Account]) {
    for customer in customers {
        ads_platform::add_business_contact(&customer.company, &customer.phone);
    }
}

pub fn login_count(logins: &[accounts::Account]) -> usize {
    logins.iter().filter(|l| l.id > 0).count()
}
