//! Customer-match enrollment.
use crate::domain::user::User;
use purpose::ad_targeting;

#[ad_targeting]
pub fn enroll(user: &User) {
    let match_key = user.phone().to_owned();
    println!("enrolling {} with key of length {}", user.id(), match_key.len());
}
