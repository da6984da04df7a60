//! The number is formatted into a log line only; the sink receives a different string: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn upload_audience(entry: &str) {
        let _ = entry;
    }
}

pub fn after_two_factor_enrolment(user: &User) {
    let audit = format!("2fa enrolled user={} phone={}", user.id, user.phone);
    eprintln!("{audit}");
    let entry = format!("{}:{}", user.id, user.display_name);
    ads::upload_audience(&entry);
}
