//! An enum-variant security field is found with `find_map`, propagated with `?`, unpacked with `let else`, and sent to ads.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub enum MfaFactor {
    Sms {
        #[collected_for(security)]
        number: String,
    },
    Totp {
        issuer: String,
    },
}

pub struct User {
    pub id: u64,
    pub factors: Vec<MfaFactor>,
}

fn primary_sms(factors: &[MfaFactor]) -> Option<&str> {
    factors.iter().find_map(|f| match f {
        MfaFactor::Sms { number } => Some(number.as_str()),
        MfaFactor::Totp { .. } => None,
    })
}

#[ad_targeting]
fn match_phone(number: &str) -> Option<u64> {
    number.parse().ok()
}

pub fn audience_match(user: &User) -> Option<u64> {
    let number = primary_sms(&user.factors)?;
    let Some(normalized) = number.strip_prefix('+') else {
        return None;
    };
    match_phone(normalized) //~ ERROR purpose_violation
}
