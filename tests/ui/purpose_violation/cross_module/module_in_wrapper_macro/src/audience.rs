use purpose::ad_targeting;

use crate::User;

#[ad_targeting]
pub fn upload(contact: &str) {
    let _ = contact;
}

pub fn sync(user: &User) {
    upload(&user.phone); //~ ERROR purpose_violation
}
