//! `#[cfg(test)] mod test_support;` loads `src/test_support.rs`, which sends a phone to the sink;
//! the whole file is test code and left out by default.
pub mod accounts;
pub mod ads;

#[cfg(test)]
mod test_support;

pub fn tag_account(account: &accounts::Account) {
    ads::add_to_segment(&account.plan, account.id);
}
