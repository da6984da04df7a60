//! Safe: the export copy of the contact card has its security fields overwritten before the whole card goes to the CRM audience.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose, Serialize, Clone)]
pub struct ContactCard {
    pub name: String,
    pub company: String,
    #[collected_for(security)]
    pub mfa_phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct CrmAudience {
    pub list_id: u32,
}

impl CrmAudience {
    #[ad_targeting]
    pub fn sync_contact(&self, card: &ContactCard) {
        let json = serde_json::to_string(card).unwrap_or_default();
        let _ = (self.list_id, json);
    }
}

pub fn import(cards: &[ContactCard], crm: &CrmAudience) {
    for card in cards {
        let mut export = card.clone();
        export.mfa_phone = String::new();
        export.recovery_email = String::from("redacted@invalid");
        crm.sync_contact(&export);
    }
}
