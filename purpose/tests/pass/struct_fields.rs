//! `#[collected_for]` on named and tuple struct fields, with one or several purposes.

use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security, fraud_prevention)]
    pub login_ip: String,
    /// Other attributes may come before or after the annotation.
    #[collected_for(billing)]
    #[allow(dead_code)]
    pub card_last_four: String,
    #[collected_for(r#support)]
    pub email: String,
}

#[derive(Purpose)]
pub struct Phone(#[collected_for(security)] pub String, pub u16);

#[derive(Debug, Clone, PartialEq, Purpose)]
pub struct Session<'a, T: Clone>
where
    T: PartialEq,
{
    #[collected_for(security)]
    pub token: &'a str,
    #[collected_for(analytics, security)]
    pub payload: T,
}

/// A trailing comma is allowed, as in Rust's own attribute lists; rustfmt would remove it.
#[rustfmt::skip]
#[derive(Purpose)]
pub struct TrailingComma {
    #[collected_for(billing,)]
    pub card_last_four: String,
}

#[derive(Purpose)]
pub struct NothingAnnotated;

#[derive(purpose::Purpose)]
pub struct DerivedByPath {
    #[collected_for(security)]
    pub recovery_code: String,
}

fn main() {
    let user = User {
        display_name: "Ada".to_owned(),
        phone: "+44 20 7946 0000".to_owned(),
        login_ip: "192.0.2.1".to_owned(),
        card_last_four: "4242".to_owned(),
        email: "ada@example.com".to_owned(),
    };
    let phone = Phone(user.phone.clone(), 44);
    let session = Session {
        token: "t",
        payload: 7_u8,
    };
    assert_eq!(session.clone(), session);
    assert_eq!(phone.0, user.phone);
    let _ = (
        user.display_name,
        user.login_ip,
        user.card_last_four,
        user.email,
        phone.1,
    );
    let _ = (
        NothingAnnotated,
        DerivedByPath {
            recovery_code: String::new(),
        }
        .recovery_code,
    );
}
