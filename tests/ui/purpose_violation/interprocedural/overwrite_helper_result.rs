//! A variable holding the normalized phone is overwritten with the normalized marketing email before it
//! reaches the sink: the overwrite kills the taint.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(marketing)]
    pub marketing_email: String,
}

fn normalize(identifier: &str) -> String {
    identifier.trim().to_lowercase()
}

pub mod sms {
    pub fn send_code(to: &str, code: u32) {
        println!("sms {to}: {code:06}");
    }
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn match_identifier(identifier: &str) {
        println!("match {identifier}");
    }
}

pub fn verify_and_match(account: &Account, code: u32) {
    let mut key = normalize(&account.phone);
    sms::send_code(&key, code);
    key = normalize(&account.marketing_email);
    ads::match_identifier(&key);
}
