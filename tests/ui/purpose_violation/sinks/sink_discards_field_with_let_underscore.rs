//! A sink whose body only names a field to discard it (`let _ = payload.key;`) still reads that
//! field; one that names only a clean field does not read the annotated one.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub name: String,
    #[collected_for(security)]
    pub phone: Option<String>,
}

pub struct AdPayload {
    pub key: String,
    pub label: String,
}

impl From<&User> for AdPayload {
    fn from(user: &User) -> Self {
        AdPayload { key: user.phone.clone().unwrap_or_default(), label: user.name.clone() }
    }
}

#[ad_targeting]
pub fn send(payload: AdPayload) {
    let _ = payload.key;
}

#[ad_targeting]
pub fn send_label(payload: AdPayload) {
    let _ = payload.label;
}

pub fn job(user: &User) {
    send(AdPayload::from(user)); //~ ERROR purpose_violation
    send_label(AdPayload::from(user));
}
