//! The nightly customer-match job.
use crate::domain::user::User;
use crate::integrations::ads;

pub fn run(users: &[User]) {
    for user in users {
        if user.newsletter() {
            ads::enroll(user); //~ ERROR purpose_violation
        }
    }
}
