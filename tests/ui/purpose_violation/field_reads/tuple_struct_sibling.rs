//! Only field `.0` of the tuple struct is annotated; its `.1` (a "home"/"work" label) may reach the sink: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct LabelledPhone(#[collected_for(security)] pub String, pub String);

pub struct TailoredAudiences {
    pub list_id: String,
}

impl TailoredAudiences {
    #[ad_targeting]
    pub fn add_attribute(&self, key: &str, value: &str) {
        let _ = (&self.list_id, key, value);
    }
}

pub fn export_labels(phones: &[LabelledPhone], audiences: &TailoredAudiences) {
    for phone in phones {
        audiences.add_attribute("phone_label", &phone.1);
    }
}
