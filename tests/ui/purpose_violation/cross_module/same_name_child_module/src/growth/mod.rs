//! Growth: interest audiences.
pub mod export;

use crate::accounts::Account;

pub fn export_interests(account: &Account) {
    export::upload(account.id, &account.interests);
}
