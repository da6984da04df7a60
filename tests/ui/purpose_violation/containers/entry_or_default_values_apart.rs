//! Phones grouped by handle with `entry(..).or_default().push(..)`: the values hold the phones,
//! the keys only handles. Uploading the keys is clean; uploading the flattened values is not.
use purpose::{Purpose, ad_targeting};
use std::collections::BTreeMap;

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(contacts: Vec<String>) {
    let _ = contacts;
}

pub fn sync(users: &[User]) {
    let mut by_handle: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for user in users {
        by_handle.entry(user.handle.clone()).or_default().push(user.phone.clone());
    }
    let handles: Vec<String> = by_handle.keys().cloned().collect();
    upload_audience(handles);
    let phones: Vec<String> = by_handle.into_values().flatten().collect();
    upload_audience(phones); //~ ERROR purpose_violation
}
