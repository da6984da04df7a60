//! A `MaskedPhone` tuple-struct newtype implements `Display` with the last four digits; its `to_string()` is reused as an ad personalization token.
use purpose::{Purpose, ad_targeting};
use std::fmt;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub first_name: String,
    #[collected_for(security)]
    pub phone_2fa: String,
}

pub struct MaskedPhone<'a>(pub &'a str);

impl fmt::Display for MaskedPhone<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tail = self.0.get(self.0.len().saturating_sub(4)..).unwrap_or("");
        write!(f, "•••• {tail}")
    }
}

pub struct Mailer;

impl Mailer {
    pub fn security_notice(&self, account_id: u64, text: &str) {
        let _ = (account_id, text);
    }
}

pub struct Personalizer;

impl Personalizer {
    #[ad_targeting]
    pub fn set_token(&self, account_id: u64, key: &str, value: &str) {
        let _ = (account_id, key, value);
    }
}

pub fn on_2fa_enabled(acct: &Account, mailer: &Mailer, p: &Personalizer) {
    let masked = MaskedPhone(&acct.phone_2fa);
    mailer.security_notice(acct.id, &format!("2FA is now on for {masked}"));

    p.set_token(acct.id, "first_name", &acct.first_name);
    let token = masked.to_string();
    p.set_token(acct.id, "phone_hint", &token); //~ ERROR purpose_violation
}
