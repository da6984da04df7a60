//! The parameter pattern binds the security field too, but only the handle reaches the sink: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    pub country: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

#[ad_targeting]
pub fn track_conversion(campaign: &str, handle: &str) {
    let _ = (campaign, handle);
}

pub fn on_checkout(Profile { handle, country, totp_backup_phone }: &Profile) {
    if totp_backup_phone.is_empty() {
        return;
    }
    let campaign = format!("checkout-{}", country.to_lowercase());
    track_conversion(&campaign, handle);
}
