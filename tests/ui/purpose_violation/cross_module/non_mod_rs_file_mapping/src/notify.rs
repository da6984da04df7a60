//! Security notifications, delivered by the SMS partner.
mod partner;

use crate::accounts::Account;

pub fn password_changed(account: &Account) {
    partner::push(&account.phone, &account.locale);
}

pub fn locale_campaign(account: &Account) {
    crate::partner::push(&account.id.to_string(), &account.locale);
}
