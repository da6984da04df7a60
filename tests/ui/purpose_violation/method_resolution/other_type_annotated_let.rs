//! The let annotation says `VerificationQueue`, whose `add_member` is unannotated; the sink is the
//! same-named method of `AudienceClient`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

#[derive(Default)]
pub struct AudienceClient {
    batch: Vec<String>,
}

impl AudienceClient {
    #[ad_targeting]
    pub fn add_member(&mut self, identifier: String) {
        self.batch.push(identifier);
    }
}

#[derive(Default)]
pub struct VerificationQueue {
    pending: Vec<String>,
}

impl VerificationQueue {
    pub fn add_member(&mut self, identifier: String) {
        self.pending.push(identifier);
    }
}

pub fn queue_reverification(accounts: &[Account]) -> VerificationQueue {
    let mut queue: VerificationQueue = Default::default();
    for account in accounts {
        queue.add_member(account.phone.clone());
    }
    queue
}
