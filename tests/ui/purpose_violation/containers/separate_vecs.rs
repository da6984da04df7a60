//! Safe: one loop fills two Vecs; the phone Vec goes to the SMS reminder, the referral-code Vec to the ads upload.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub referral_code: String,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub fn remind_all(numbers: &[String]) {
        for n in numbers {
            println!("reminder -> {n}");
        }
    }
}

#[ad_targeting]
fn upload_referrers(codes: &[String]) {
    let _ = codes;
}

pub fn monthly(users: &[User]) {
    let mut numbers = Vec::new();
    let mut codes = Vec::new();
    for u in users {
        numbers.push(u.phone.clone());
        codes.push(u.referral_code.clone());
    }
    sms::remind_all(&numbers);
    upload_referrers(&codes);
}
