//! The signup batch job passes an mpsc `Sender` into a helper that queues recovery phones; a `tokio::spawn`ed worker drains the receiver into the ads uploader.
use purpose::{Purpose, ad_targeting};
use tokio::sync::mpsc;

#[derive(Purpose, Clone)]
pub struct Signup {
    pub user_id: u64,
    pub referrer: Option<String>,
    #[collected_for(security)]
    pub recovery_phone: String,
}

pub struct AdsUploader {
    pub token: String,
}

impl AdsUploader {
    #[ad_targeting]
    pub async fn upload_contact(&self, contact: String) -> Result<(), String> {
        let _ = (&self.token, contact);
        Ok(())
    }
}

fn queue_contacts(tx: &mpsc::Sender<String>, signups: &[Signup]) {
    for s in signups {
        if tx.try_send(s.recovery_phone.clone()).is_err() {
            tracing::warn!(user = s.user_id, "contact queue full");
        }
    }
}

pub async fn run_signup_batch(signups: Vec<Signup>, ads: AdsUploader) {
    let (tx, mut rx) = mpsc::channel::<String>(128);

    let worker = tokio::spawn(async move {
        while let Some(contact) = rx.recv().await {
            if let Err(e) = ads.upload_contact(contact).await { //~ ERROR purpose_violation
                tracing::error!(%e, "upload failed");
            }
        }
    });

    queue_contacts(&tx, &signups);
    drop(tx);
    let _ = worker.await;
}
