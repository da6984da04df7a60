//! Two different security fields reach the same sink call through one hashing helper: two findings on
//! one line. Hashing does not launder the data.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct RecoverySettings {
    pub user_id: u64,
    #[collected_for(security)]
    pub backup_phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
    pub prompt_on_new_device: bool,
}

pub mod crm_ads {
    use purpose::ad_targeting;

    /// Uploads a hashed identifier for cross-device matching.
    #[ad_targeting]
    pub fn add_hashed_identifier(hash: &str) {
        println!("hashed identifier {hash}");
    }
}

/// FNV-1a over the lowercased identifier, as the ad platform expects.
fn hash_identifier(value: &str) -> String {
    let hash = value
        .to_lowercase()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

fn push_hashed(value: &str) {
    let hashed = hash_identifier(value);
    crm_ads::add_hashed_identifier(&hashed); //~ ERROR purpose_violation x2
}

pub fn sync_recovery_identities(settings: &RecoverySettings) {
    push_hashed(&settings.backup_phone);
    push_hashed(&settings.recovery_email);
}
