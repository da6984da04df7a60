//! `{:?}` of a tuple that contains a reference to the security field prints it: violation.
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
    pub fn upload_debug_blob(blob: String) {
        let _ = blob;
    }
}

pub fn dump(user: &User) {
    let blob = format!("{:?}", (user.id, &user.phone));
    ads::upload_debug_blob(blob); //~ ERROR purpose_violation
}
