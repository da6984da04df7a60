//! Safe: `write!` fills a `String` with the 2FA phone for the SMS delivery log; a shadowing `let mut line` rebuilt from id, plan and locale is what the ads ingest receives.
use purpose::{Purpose, ad_targeting};
use std::fmt::Write as _;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub plan: String,
    pub locale: String,
    #[collected_for(security)]
    pub phone_2fa: String,
}

pub struct DeliveryLog;

impl DeliveryLog {
    pub fn append(&self, line: &str) {
        let _ = line;
    }
}

pub struct AdsIngest;

impl AdsIngest {
    #[ad_targeting]
    pub fn ingest_line(&self, line: &str) {
        let _ = line;
    }
}

pub fn record_code_sent(user: &User, log: &DeliveryLog, ads: &AdsIngest) -> Result<(), std::fmt::Error> {
    let mut line = String::new();
    write!(line, "code sent to {} for user {}", user.phone_2fa, user.id)?;
    log.append(&line);

    let mut line = String::with_capacity(64);
    write!(line, "{}|{}", user.id, user.plan)?;
    writeln!(&mut line, "|{}", user.locale)?;
    ads.ingest_line(&line);
    Ok(())
}
