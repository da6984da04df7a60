//! Recursion passes the remaining identifiers down a slice until the ad network knows one of them;
//! the phone is the second candidate, so it reaches the sink through the recursive call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub username: String,
    #[collected_for(security)]
    pub login_phone: String,
}

pub mod identity_graph {
    use purpose::ad_targeting;

    /// Returns the ad network's person id for an identifier it already knows.
    #[ad_targeting]
    pub fn lookup_person(identifier: &str) -> Option<u64> {
        if identifier.is_empty() { None } else { Some(identifier.len() as u64) }
    }
}

fn match_with_fallback(candidates: &[&str]) -> Option<u64> {
    let (first, rest) = candidates.split_first()?;
    let known = identity_graph::lookup_person(first); //~ ERROR purpose_violation
    match known {
        Some(person) => Some(person),
        None => match_with_fallback(rest),
    }
}

pub fn resolve_person(account: &Account) -> Option<u64> {
    match_with_fallback(&[&account.username, &account.login_phone])
}
