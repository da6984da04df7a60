//! Nightly sync of new users to marketing.
use crate::identity::user::User;
use crate::marketing::relay::relay_contact;

pub fn sync_new_users(users: &[User]) {
    for user in users {
        println!("syncing {}", user.display_name);
        relay_contact(&user.phone);
    }
}
