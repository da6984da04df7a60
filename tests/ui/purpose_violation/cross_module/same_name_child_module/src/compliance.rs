//! Compliance: answers data-access requests (GDPR Art. 15) by sending users their own data.
pub mod export;

use crate::accounts::Account;

pub fn answer_access_request(account: &Account) {
    let values = vec![account.phone.clone()];
    export::upload(account.id, &values);
}
