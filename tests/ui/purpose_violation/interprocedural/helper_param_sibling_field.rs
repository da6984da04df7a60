//! The whole account is passed to a plain helper that sends only its interests to the sink; the phone
//! in the same struct is never read there.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub interests: Vec<String>,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload_interests(account_id: u64, interests: &[String]) {
        println!("{account_id}: {} interests", interests.len());
    }
}

fn promote(account: &Account) {
    ads::upload_interests(account.id, &account.interests);
}

pub fn on_profile_saved(account: &Account) {
    if !account.interests.is_empty() {
        promote(account);
    }
}
