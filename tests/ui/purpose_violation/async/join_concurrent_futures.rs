//! Safe: `tokio::join!` runs the 2FA check and the ads sync side by side; the ads future is built from the campaign tag only.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Visitor {
    pub campaign_tag: String,
    #[collected_for(security)]
    pub phone: String,
}

async fn verify_number(phone: &str) -> bool {
    phone.starts_with('+') && phone.len() > 8
}

pub struct TagManager;

impl TagManager {
    #[ad_targeting]
    pub async fn fire(&self, tag: &str) -> Result<(), String> {
        if tag.is_empty() { Err("empty tag".into()) } else { Ok(()) }
    }
}

pub async fn on_landing(v: &Visitor, tags: &TagManager) -> bool {
    let check = verify_number(&v.phone);
    let fire = tags.fire(&v.campaign_tag);
    let (verified, fired) = tokio::join!(check, fire);
    if let Err(e) = fired {
        eprintln!("tag failed: {e}");
    }
    verified
}
