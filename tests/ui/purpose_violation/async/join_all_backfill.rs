//! A backfill builds one future per account with `iter().map(|a| crm.add_contact(..))` and awaits them with `futures::future::join_all`.
use futures::future::join_all;
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub deleted: bool,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct CrmAudience {
    pub audience_id: String,
}

impl CrmAudience {
    #[ad_targeting]
    pub async fn add_contact(&self, account_id: u64, email: String) -> Result<(), String> {
        let _ = (&self.audience_id, account_id, email);
        Ok(())
    }
}

pub async fn backfill(accounts: &[Account], crm: &CrmAudience) -> usize {
    let futures = accounts
        .iter()
        .filter(|a| !a.deleted)
        .map(|a| crm.add_contact(a.id, a.recovery_email.to_lowercase())); //~ ERROR purpose_violation
    let results = join_all(futures).await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    tracing::info!(ok, total = results.len(), "backfill finished");
    ok
}
