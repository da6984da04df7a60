//! A directory actor answers `Lookup` commands over an mpsc channel through a `oneshot` reply sender carried in the command; the reply (a backup phone) is sent to the ads matcher.
use purpose::{Purpose, ad_targeting};
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    pub nickname: String,
    #[collected_for(security)]
    pub backup_phone: String,
}

pub enum Command {
    Lookup {
        id: u64,
        reply: oneshot::Sender<Option<String>>,
    },
    Shutdown,
}

pub async fn directory_actor(mut rx: mpsc::Receiver<Command>, accounts: HashMap<u64, Account>) {
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Lookup { id, reply } => {
                let phone = accounts.get(&id).map(|a| a.backup_phone.clone());
                let _ = reply.send(phone);
            }
            Command::Shutdown => break,
        }
    }
}

pub struct AdsMatcher;

impl AdsMatcher {
    #[ad_targeting]
    pub async fn match_phone(&self, phone: &str) {
        let _ = phone;
    }
}

pub async fn personalize(tx: &mpsc::Sender<Command>, id: u64, ads: &AdsMatcher) -> Result<(), String> {
    let (reply_tx, reply_rx) = oneshot::channel();
    tx.send(Command::Lookup { id, reply: reply_tx })
        .await
        .map_err(|e| e.to_string())?;
    if let Some(phone) = reply_rx.await.map_err(|e| e.to_string())? {
        ads.match_phone(&phone).await; //~ ERROR purpose_violation
    }
    Ok(())
}
