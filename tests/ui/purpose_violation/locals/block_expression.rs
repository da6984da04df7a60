//! A block expression whose tail is derived from the security field yields tainted data: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

#[ad_targeting]
pub fn push_custom_audience(list: &str, key: &str) {
    let _ = (list, key);
}

pub fn seed(profile: &Profile) {
    let matching_key = {
        let raw = profile.totp_backup_phone.trim();
        raw.replace('-', "")
    };
    push_custom_audience("power-users", &matching_key); //~ ERROR purpose_violation
}
