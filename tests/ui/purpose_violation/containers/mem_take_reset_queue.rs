//! Password-reset requests enqueue the recovery email; the queue is drained with `std::mem::take` and the drained batch is added to a win-back audience.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct ResetRequest {
    pub account_id: u64,
    pub requested_at: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[derive(Default)]
pub struct ResetMailQueue {
    pending: Vec<String>,
    drained_total: u64,
}

impl ResetMailQueue {
    pub fn enqueue(&mut self, req: &ResetRequest) {
        tracing::info!(account = req.account_id, at = req.requested_at, "reset requested");
        self.pending.push(req.recovery_email.trim().to_owned());
    }

    pub fn drain(&mut self) -> Vec<String> {
        let batch = std::mem::take(&mut self.pending);
        self.drained_total += batch.len() as u64;
        batch
    }
}

mod mailer {
    pub fn send_reset_link(to: &str) {
        let _ = to;
    }
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn add_to_winback(emails: &[String]) {
        let _ = emails;
    }
}

pub fn process_resets(queue: &mut ResetMailQueue) {
    let batch = queue.drain();
    for to in &batch {
        mailer::send_reset_link(to);
    }
    ads::add_to_winback(&batch); //~ ERROR purpose_violation
}
