//! The same struct also holds the number, but only its `id` field reaches the sink: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AudienceEntry {
    pub id: u64,
    pub hashed: String,
}

#[ad_targeting]
pub fn track_conversion(user_id: u64) {
    let _ = user_id;
}

fn send_receipt_sms(to: &str) {
    let _ = to;
}

pub fn on_purchase(user: &User) {
    let entry = AudienceEntry { id: user.id, hashed: user.phone.clone() };
    send_receipt_sms(&entry.hashed);
    track_conversion(entry.id);
}
