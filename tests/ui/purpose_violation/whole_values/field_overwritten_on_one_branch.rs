//! The copy's security field is cleared on one branch only, or refilled from another annotated
//! field: the whole card still carries security data when it is serialized for the CRM.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose, Serialize, Clone)]
pub struct ContactCard {
    pub name: String,
    #[collected_for(security)]
    pub mfa_phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
fn sync_contact(card: &ContactCard) {
    let json = serde_json::to_string(card).unwrap_or_default();
    let _ = json;
}

pub fn import(card: &ContactCard, redact: bool) {
    let mut export = card.clone();
    if redact {
        export.mfa_phone = String::new();
        export.recovery_email = String::new();
    }
    sync_contact(&export); //~ ERROR purpose_violation x2
}

pub fn import_refilled(card: &ContactCard) {
    let mut export = card.clone();
    export.mfa_phone = String::new();
    export.recovery_email = card.mfa_phone.clone();
    sync_contact(&export); //~ ERROR purpose_violation
}
