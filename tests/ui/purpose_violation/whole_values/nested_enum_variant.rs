//! An enrollment nests an enum whose `Sms` variant field is a security source; the whole enrollment goes to an ads sink.
use purpose::{Purpose, ad_targeting};
use serde::Serialize;

#[derive(Purpose, Serialize)]
pub enum MfaMethod {
    Sms(#[collected_for(security)] String),
    Totp,
    WebAuthn { credential_count: u8 },
}

#[derive(Serialize)]
pub struct Enrollment {
    pub user_id: u64,
    pub method: MfaMethod,
}

pub struct LookalikeBuilder {
    seeds: Vec<String>,
}

impl LookalikeBuilder {
    #[ad_targeting]
    pub fn add_seed(&mut self, seed: &Enrollment) {
        self.seeds.push(serde_json::to_string(seed).unwrap_or_default());
    }
}

pub fn seed_security_conscious(enrollments: &[Enrollment], builder: &mut LookalikeBuilder) {
    for e in enrollments {
        if !matches!(e.method, MfaMethod::Totp) {
            builder.add_seed(e); //~ ERROR purpose_violation
        }
    }
}
