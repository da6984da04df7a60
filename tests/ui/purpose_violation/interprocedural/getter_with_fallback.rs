//! `Account::best_email()` returns the nested `contact.recovery_email` via `as_deref().unwrap_or(login_email)`; the lead export passes it to the ads sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Contact {
    pub city: String,
    #[collected_for(security)]
    pub recovery_email: Option<String>,
}

#[derive(Clone)]
pub struct Account {
    pub id: u64,
    pub login_email: String,
    pub contact: Contact,
}

impl Account {
    pub fn best_email(&self) -> &str {
        self.contact
            .recovery_email
            .as_deref()
            .unwrap_or(&self.login_email)
    }

    pub fn city(&self) -> &str {
        &self.contact.city
    }
}

pub mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn add_email_lead(email: &str, city: &str) {
        let _ = (email, city);
    }
}

pub fn export_leads(accounts: &[Account]) {
    for a in accounts {
        tracing::trace!(account = a.id, "exporting lead");
        ads::add_email_lead(a.best_email(), a.city()); //~ ERROR purpose_violation
    }
}
