//! Safe: `batch` holds phones for the verification API, then is reassigned to referral codes before the ads upload.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub referral_code: String,
    #[collected_for(security)]
    pub phone: String,
}

mod verify {
    pub fn validate_numbers(numbers: &[String]) -> Vec<bool> {
        numbers.iter().map(|n| n.len() >= 8).collect()
    }
}

#[ad_targeting]
fn upload_audience(members: &[String]) {
    let _ = members;
}

pub fn nightly(users: &[User]) {
    let mut batch: Vec<String> = users.iter().map(|u| u.phone.clone()).collect();
    let valid = verify::validate_numbers(&batch);
    println!("{} valid", valid.iter().filter(|v| **v).count());

    batch = users.iter().map(|u| u.referral_code.clone()).collect();
    upload_audience(&batch);
}
