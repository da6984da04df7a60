//! Enum variant fields from another crate, bound by a `match`: the SMS phone and the email both reach
//! the same sink call (two findings), the TOTP issuer is clean.
use auth::SecondFactor;

pub fn identifier_for(factor: &SecondFactor) -> String {
    match factor {
        SecondFactor::Sms { phone } => phone.clone(),
        SecondFactor::Email(address) => address.to_lowercase(),
        SecondFactor::Totp { issuer } => issuer.clone(),
    }
}

pub fn share(factor: &SecondFactor) {
    let identifier = identifier_for(factor);
    ads_platform::add_identifier(&identifier); //~ ERROR purpose_violation x2
}
