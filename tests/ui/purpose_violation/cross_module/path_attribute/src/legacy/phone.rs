//! A verified phone number: the number (given for 2FA) and whether it was verified.
use purpose::Purpose;

#[derive(Purpose)]
pub struct VerifiedPhone(#[collected_for(security)] pub String, pub bool);
