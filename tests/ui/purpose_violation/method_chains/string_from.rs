//! `String::from(&user.phone)` builds a new String from the security field: violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod marketing {
    pub mod audiences {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn add(audience: &str, phones: Vec<String>) {
            let _ = (audience, phones);
        }
    }
}

pub fn add_new_signups(users: &[User]) {
    let mut phones = Vec::new();
    for user in users {
        phones.push(String::from(&user.phone));
    }
    marketing::audiences::add("new-signups", phones); //~ ERROR purpose_violation
}
