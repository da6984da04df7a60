//! Phones go through a `tokio::sync::mpsc` channel to a spawned worker whose `recv().await` loop calls the ads sink.
use purpose::{Purpose, ad_targeting};
use tokio::sync::mpsc;

#[derive(Purpose)]
pub struct Verification {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub async fn upload_one(contact: String) {
        let _ = contact;
    }
}

pub async fn run(verifications: Vec<Verification>) {
    let (tx, mut rx) = mpsc::channel::<String>(64);

    let worker = tokio::spawn(async move {
        while let Some(contact) = rx.recv().await {
            ads::upload_one(contact).await; //~ ERROR purpose_violation
        }
    });

    for v in verifications {
        if tx.send(v.phone).await.is_err() {
            break;
        }
    }
    drop(tx);
    let _ = worker.await;
}
