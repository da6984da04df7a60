//! Newsletter-segment enrollment.
use crate::domain::user::User;
use purpose::ad_targeting;

#[ad_targeting]
pub fn enroll(user: &User) {
    let segment = if user.newsletter() { "newsletter" } else { "no-newsletter" };
    println!("enrolling {} in {segment}", user.id());
}
