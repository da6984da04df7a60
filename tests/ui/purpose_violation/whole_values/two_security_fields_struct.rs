//! A contact card holding two security fields is handed whole to the CRM audience sync: two findings on one call.
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

pub fn import(cards: Vec<ContactCard>, crm: &CrmAudience) {
    for card in cards.iter().filter(|c| !c.company.is_empty()) {
        crm.sync_contact(card); //~ ERROR purpose_violation x2
    }
}
