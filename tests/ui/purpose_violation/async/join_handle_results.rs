//! Spawned lookup tasks return recovery emails; awaiting their `JoinHandle`s collects the emails for the ads upload.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

async fn load_account(id: u64) -> Account {
    Account { id, recovery_email: format!("user{id}@example.org") }
}

#[ad_targeting]
async fn upload_email_list(list: &str, emails: Vec<String>) {
    let _ = (list, emails);
}

pub async fn refresh(ids: Vec<u64>) -> Result<(), tokio::task::JoinError> {
    let handles: Vec<_> = ids
        .into_iter()
        .map(|id| tokio::spawn(async move { load_account(id).await.recovery_email }))
        .collect();

    let mut emails = Vec::new();
    for h in handles {
        emails.push(h.await?);
    }
    upload_email_list("recovery-lookalike", emails).await; //~ ERROR purpose_violation
    Ok(())
}
