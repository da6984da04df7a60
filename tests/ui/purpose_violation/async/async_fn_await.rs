//! An async loader returns the recovery email; after `.await` it is passed to an async ads sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct Db {
    rows: Vec<Account>,
}

impl Db {
    async fn find(&self, id: u64) -> Option<Account> {
        self.rows.iter().find(|a| a.id == id).cloned()
    }
}

async fn recovery_address(db: &Db, id: u64) -> Option<String> {
    let account = db.find(id).await?;
    Some(account.recovery_email.to_lowercase())
}

#[ad_targeting]
async fn sync_audience_member(list: &str, email: String) {
    let _ = (list, email);
}

pub async fn winback(db: &Db, churned: &[u64]) {
    for id in churned {
        if let Some(email) = recovery_address(db, *id).await {
            sync_audience_member("winback", email).await; //~ ERROR purpose_violation
        }
    }
}
