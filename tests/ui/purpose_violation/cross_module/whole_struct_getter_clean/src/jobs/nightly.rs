//! The nightly segment job.
use crate::domain::user::User;
use crate::integrations::ads;

pub fn run(users: &[User]) {
    for user in users {
        ads::enroll(user);
    }
}
