//! The phone reaches the sink as its receiver: `ContactEntry::from_phone(..)` builds a value whose
//! consuming method `submit(self)` is the sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct ContactEntry {
    normalized: String,
}

impl ContactEntry {
    pub fn from_phone(phone: &str) -> Self {
        ContactEntry { normalized: phone.chars().filter(char::is_ascii_digit).collect() }
    }

    #[ad_targeting]
    pub fn submit(self) {
        println!("customer list entry {}", self.normalized);
    }
}

pub fn on_verified(account: &Account) {
    ContactEntry::from_phone(&account.phone).submit(); //~ ERROR purpose_violation
}
