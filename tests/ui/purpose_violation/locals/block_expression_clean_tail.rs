//! The block reads the security field for a local check but its tail is the handle, so the result is clean: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

fn warn_missing_backup(handle: &str) {
    let _ = handle;
}

#[ad_targeting]
pub fn push_custom_audience(list: &str, key: &str) {
    let _ = (list, key);
}

pub fn seed(profile: &Profile) {
    let matching_key = {
        let raw = profile.totp_backup_phone.trim();
        if raw.is_empty() {
            warn_missing_backup(&profile.handle);
        }
        profile.handle.to_lowercase()
    };
    push_custom_audience("power-users", &matching_key);
}
