//! Optional recovery emails are gathered with `filter_map(as_deref)`, lowercased via `map(str::to_lowercase)`, sorted and deduped, then used as a lookalike seed.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub id: u64,
    pub churned: bool,
    #[collected_for(security)]
    pub recovery_email: Option<String>,
}

pub mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn create_lookalike(name: &str, seed_emails: &[String]) -> u64 {
        let _ = (name, seed_emails);
        42
    }
}

pub fn winback_lookalike(customers: &[Customer]) -> Option<u64> {
    let mut emails: Vec<String> = customers
        .iter()
        .filter(|c| c.churned)
        .filter_map(|c| c.recovery_email.as_deref())
        .map(str::trim)
        .map(str::to_lowercase)
        .collect();
    emails.sort_unstable();
    emails.dedup();
    if emails.is_empty() {
        return None;
    }
    let audience = ads::create_lookalike("churned-winback", &emails); //~ ERROR purpose_violation
    tracing::info!(audience, "lookalike created");
    Some(audience)
}
