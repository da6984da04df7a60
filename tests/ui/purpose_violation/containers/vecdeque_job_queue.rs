//! Jobs built from recovery emails go through a `VecDeque`; `pop_front` hands each job's email to the ads enqueue call.
use std::collections::VecDeque;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

struct SyncJob {
    email: String,
    attempt: u8,
}

#[ad_targeting]
fn enqueue_match(email: &str) -> Result<(), String> {
    if email.contains('@') { Ok(()) } else { Err("bad email".into()) }
}

pub fn drain(accounts: &[Account]) {
    let mut queue: VecDeque<SyncJob> = accounts
        .iter()
        .map(|a| SyncJob { email: a.recovery_email.clone(), attempt: 0 })
        .collect();

    while let Some(job) = queue.pop_front() {
        if enqueue_match(&job.email).is_err() && job.attempt < 3 { //~ ERROR purpose_violation
            queue.push_back(SyncJob { attempt: job.attempt + 1, ..job });
        }
    }
}
