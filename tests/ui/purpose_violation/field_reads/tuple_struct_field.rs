//! A tuple-struct field annotated for security, read through `.0` of a nested field, is a violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct BackupPhone(#[collected_for(security)] pub String);

pub struct RecoverySettings {
    pub account_id: u64,
    pub backup: BackupPhone,
}

pub struct TailoredAudiences {
    pub list_id: String,
}

impl TailoredAudiences {
    #[ad_targeting]
    pub fn add_member(&self, phone: &str) {
        let _ = (&self.list_id, phone);
    }
}

pub fn export(settings: &[RecoverySettings], audiences: &TailoredAudiences) {
    for s in settings {
        audiences.add_member(&s.backup.0); //~ ERROR purpose_violation
    }
}
