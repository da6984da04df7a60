//! Safe: the phone is formatted into the SMS text; the audience key is formatted from country and display name only.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub country: String,
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub fn deliver(text: &str) {
        println!("{text}");
    }
}

pub struct Ads;

impl Ads {
    #[ad_targeting]
    pub fn add_key(&self, key: &str) {
        let _ = key;
    }
}

pub fn welcome(u: &User, ads: &Ads, code: u32) {
    let sms_text = format!("to={} body=Hi {}, your code is {code}", u.phone, u.display_name);
    sms::deliver(&sms_text);

    let key = format!("{}:{}", u.country.to_uppercase(), u.display_name.to_lowercase());
    ads.add_key(&key);
}
