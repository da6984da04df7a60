//! `entry().or_default().push()` groups 2FA phones by country; each group is uploaded as a geo segment.
use std::collections::HashMap;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub country: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
fn upload_geo_segment(country: &str, members: &[String]) {
    let _ = (country, members);
}

pub fn geo_segments(users: &[User]) {
    let mut by_country: HashMap<String, Vec<String>> = HashMap::new();
    for u in users {
        by_country
            .entry(u.country.clone())
            .or_default()
            .push(u.phone.clone());
    }

    for (country, phones) in &by_country {
        upload_geo_segment(country, phones); //~ ERROR purpose_violation
    }
}
