//! Sign-in codes by SMS.
use crate::domain::user::User;

pub fn send_code(user: &User, code: u32) {
    println!("sms to {}: {code:06}", user.phone());
}
