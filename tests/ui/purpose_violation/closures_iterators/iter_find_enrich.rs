//! Support-ticket enrichment: `iter().find` locates the ticket's account, `Option::map` pulls its backup email, and a `match` sends it to the enrichment API.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub company: String,
    #[collected_for(security)]
    pub backup_email: String,
}

pub struct Ticket {
    pub account_id: u64,
    pub subject: String,
}

pub struct Enricher {
    api_key: String,
}

impl Enricher {
    #[ad_targeting]
    pub fn enrich(&self, email: &str, company: &str) -> Option<Vec<String>> {
        let _ = (&self.api_key, email, company);
        Some(vec!["b2b".to_string()])
    }
}

pub fn interests_for_ticket(t: &Ticket, accounts: &[Account], e: &Enricher) -> Vec<String> {
    let found = accounts.iter().find(|a| a.id == t.account_id);
    let email = found.map(|a| a.backup_email.clone());
    let company = found.map(|a| a.company.as_str()).unwrap_or("unknown");
    tracing::debug!(subject = %t.subject, "enriching ticket");
    match email {
        Some(addr) => e.enrich(&addr, company).unwrap_or_default(), //~ ERROR purpose_violation
        None => Vec::new(),
    }
}
