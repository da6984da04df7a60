//! A `mut` String built up with `push_str(&user.phone)` carries the security field into the sink: violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub country_code: String,
    #[collected_for(security)]
    pub phone: String,
}

pub mod growth {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload_matching_key(key: &str) {
        let _ = key;
    }
}

pub fn upload_key(user: &User) {
    let mut key = String::with_capacity(32);
    key.push_str(&user.country_code);
    key.push(':');
    key.push_str(&user.phone);
    growth::upload_matching_key(&key); //~ ERROR purpose_violation
}
