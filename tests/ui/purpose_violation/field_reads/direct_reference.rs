//! A security field passed by reference straight into an ad-targeting function is a violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

mod ads {
    use purpose::ad_targeting;

    /// Adds one contact to the partner "tailored audience" list.
    #[ad_targeting]
    pub fn upload_audience(contact: &str) {
        let _ = contact;
    }
}

pub fn after_two_factor_enrolment(user: &User) {
    println!("user {} enrolled in 2fa", user.id);
    ads::upload_audience(&user.phone); //~ ERROR purpose_violation
}
