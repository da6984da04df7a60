//! Second factors; two enum variant fields are collected for security, the TOTP issuer is not.
use purpose::Purpose;

#[derive(Purpose)]
pub enum SecondFactor {
    Sms {
        #[collected_for(security)]
        phone: String,
    },
    Email(#[collected_for(security)] String),
    Totp {
        issuer: String,
    },
}
