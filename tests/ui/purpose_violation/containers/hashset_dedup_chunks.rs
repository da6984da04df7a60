//! Phones are de-duplicated through a `HashSet`, sorted, and uploaded in `chunks` of 1000.
use std::collections::HashSet;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Device {
    pub device_id: String,
    #[collected_for(security)]
    pub owner_phone: String,
}

#[ad_targeting]
pub fn upload_batch(batch: &[String]) {
    let _ = batch;
}

pub fn upload_device_owners(devices: &[Device]) {
    let unique: HashSet<String> = devices
        .iter()
        .map(|d| d.owner_phone.trim().to_string())
        .collect();
    let mut sorted: Vec<String> = unique.into_iter().collect();
    sorted.sort();

    for chunk in sorted.chunks(1000) {
        upload_batch(chunk); //~ ERROR purpose_violation
    }
}
