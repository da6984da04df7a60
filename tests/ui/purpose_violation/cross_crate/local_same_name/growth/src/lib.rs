//! `growth` has its own unannotated `upload_contacts` (to the in-house verification service) and
//! imports that one; the sink of the same name in `ads-platform` gets only segments.
mod outbound {
    pub fn upload_contacts(list: &str, contacts: &[String]) {
        println!("verification service {list}: {}", contacts.len());
    }
}

use accounts::Account;
use outbound::upload_contacts;

pub fn reverify(accounts: &[Account]) {
    let phones: Vec<String> = accounts.iter().map(|a| a.phone.clone()).collect();
    upload_contacts("reverify", &phones);
}

pub fn segments(accounts: &[Account]) {
    let segments: Vec<String> = accounts.iter().map(|a| a.segment.clone()).collect();
    ads_platform::upload_contacts("segments", &segments);
}
