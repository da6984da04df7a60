//! A `HashMap` from account id to recovery email is filled in one loop; `get` in the churn campaign sends the email to ads.
use std::collections::HashMap;

use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

mod ads {
    #[purpose::ad_targeting]
    pub fn add_to_winback(email: &str) {
        let _ = email;
    }
}

pub fn winback(accounts: &[Account], churned_ids: &[u64]) {
    let mut email_by_id: HashMap<u64, String> = HashMap::new();
    for a in accounts {
        email_by_id.insert(a.id, a.recovery_email.to_lowercase());
    }

    for id in churned_ids {
        if let Some(email) = email_by_id.get(id) {
            ads::add_to_winback(email); //~ ERROR purpose_violation
        }
    }
}
