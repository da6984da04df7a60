//! A `User` with a nested `Contact` (two security fields) is serialized whole with `serde_json::to_value(..)?` and the JSON is upserted as a CRM lead.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose, Serialize, Clone)]
pub struct Contact {
    pub city: String,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[derive(Serialize, Clone)]
pub struct User {
    pub id: u64,
    pub display_name: String,
    pub contact: Contact,
}

pub mod crm {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn upsert_lead(source: &str, payload: serde_json::Value) {
        let _ = (source, payload.to_string());
    }
}

pub fn export_new_user(user: &User) -> Result<(), serde_json::Error> {
    tracing::info!(user = user.id, city = %user.contact.city, "exporting lead");
    let payload = serde_json::to_value(user)?;
    crm::upsert_lead("signup", payload); //~ ERROR purpose_violation x2
    Ok(())
}
