//! Safe: phones are collected for the SMS batch, and a separate `map` over display names feeds the audience upload.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub display_name: String,
    pub country: String,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub fn send_batch(numbers: &[String], text: &str) {
        println!("{} messages: {text}", numbers.len());
    }
}

#[ad_targeting]
fn upload_custom_audience(name: &str, members: &[String]) {
    let _ = (name, members);
}

pub fn security_notice_and_campaign(users: &[User]) {
    let phones: Vec<String> = users.iter().map(|u| u.phone.clone()).collect();
    sms::send_batch(&phones, "We changed our 2FA provider.");

    let names: Vec<String> = users
        .iter()
        .filter(|u| u.country == "FR")
        .map(|u| u.display_name.to_lowercase())
        .collect();
    upload_custom_audience("fr-winback", &names);
}
