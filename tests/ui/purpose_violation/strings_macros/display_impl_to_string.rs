//! A contact card's `Display` prints the phone it was built with; `to_string()` sends it to the ads client. The user's own `Display` prints only the name.
use std::fmt;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub name: String,
    #[collected_for(security)]
    pub phone: String,
}

impl fmt::Display for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)
    }
}

pub struct ContactCard {
    label: String,
    number: String,
}

impl fmt::Display for ContactCard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} <tel:{}>", self.label, self.number)
    }
}

#[ad_targeting]
fn add_lookalike(seed: &str) {
    let _ = seed;
}

pub fn share_card(user: &User) {
    let card = ContactCard { label: user.name.clone(), number: user.phone.clone() };
    add_lookalike(&card.to_string()); //~ ERROR purpose_violation
}

pub fn share_name(user: &User) {
    add_lookalike(&user.to_string());
}
