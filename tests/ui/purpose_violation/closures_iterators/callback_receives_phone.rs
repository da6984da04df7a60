//! A helper hands each verified user's phone to a caller-supplied closure; the closure calls the ads client.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    pub phone_verified: bool,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AudienceClient {
    members: Vec<String>,
}

impl AudienceClient {
    #[ad_targeting]
    pub fn add(&mut self, contact: &str) {
        self.members.push(contact.to_string());
    }
}

fn for_each_verified<F: FnMut(&str)>(users: &[User], mut f: F) {
    for u in users.iter().filter(|u| u.phone_verified) {
        f(&u.phone);
    }
}

pub fn sync_verified(users: &[User], audiences: &mut AudienceClient) {
    for_each_verified(users, |phone| {
        audiences.add(phone); //~ ERROR purpose_violation
    });
}
