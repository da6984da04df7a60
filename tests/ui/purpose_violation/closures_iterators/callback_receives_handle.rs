//! Safe: the helper filters on a non-security flag and hands the closure the handle; the phone never enters the callback.
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
        f(&u.handle);
    }
}

pub fn sync_verified(users: &[User], audiences: &mut AudienceClient) {
    for_each_verified(users, |handle| {
        audiences.add(handle);
    });
}

pub fn masked_phone(user: &User) -> String {
    format!("***{}", &user.phone[user.phone.len().saturating_sub(2)..])
}
