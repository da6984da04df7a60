//! `.starts_with("+1")` only answers a yes/no question about the number; the region label is clean: quiet.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload_region(user_id: u64, region: &str) {
        let _ = (user_id, region);
    }
}

pub fn classify(user: &User) {
    let north_america = user.phone.trim().starts_with("+1");
    let region = if north_america { "na" } else { "row" };
    ads::upload_region(user.id, region);
}
