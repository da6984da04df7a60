//! The library target of `export-tool`: it collects contacts, and calls no sink.
use accounts::Account;

pub fn contact_list(accounts: &[Account]) -> Vec<String> {
    let mut contacts = Vec::with_capacity(accounts.len());
    for account in accounts {
        contacts.push(account.phone.replace(' ', ""));
    }
    contacts
}
