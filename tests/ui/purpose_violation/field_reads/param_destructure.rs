//! A struct pattern in a function parameter binds the security field; passing the binding is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    pub country: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

#[ad_targeting]
pub fn track_conversion(campaign: &str, phone: &str) {
    let _ = (campaign, phone);
}

pub fn on_checkout(Profile { country, totp_backup_phone, .. }: &Profile) {
    let campaign = format!("checkout-{}", country.to_lowercase());
    track_conversion(&campaign, totp_backup_phone); //~ ERROR purpose_violation
}
