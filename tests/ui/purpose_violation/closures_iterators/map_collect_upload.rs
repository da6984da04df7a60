//! `filter` + `map` + `collect` over users yields a Vec of 2FA phones that is uploaded as a custom audience.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub email_opt_in: bool,
    #[collected_for(security)]
    pub phone: String,
}

mod ads {
    #[purpose::ad_targeting]
    pub fn upload_custom_audience(name: &str, phones: &[String]) {
        let _ = (name, phones.len());
    }
}

pub fn build_winback_audience(users: &[User]) {
    let phones: Vec<String> = users
        .iter()
        .filter(|u| !u.email_opt_in)
        .map(|u| u.phone.replace(' ', ""))
        .collect();
    ads::upload_custom_audience("winback-q3", &phones); //~ ERROR purpose_violation
}
