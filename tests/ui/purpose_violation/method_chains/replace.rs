//! `.replace(" ", "")` strips spaces but keeps the number: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn sync_segment(&self, segment: &str, phone: &str) {
        let _ = (segment, phone);
    }
}

pub fn sync_power_users(client: &AdsClient, profiles: &[Profile]) {
    for profile in profiles {
        let compact = profile.totp_backup_phone.replace(" ", "").replace("-", "");
        client.sync_segment("power-users", &compact); //~ ERROR purpose_violation
    }
}
