//! `writeln!` appends each recovery email to a `String` buffer (via `fmt::Write`); the buffer is posted to ads.
use std::fmt::Write;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
fn upload_csv(list: &str, body: &str) {
    let _ = (list, body);
}

pub fn export(accounts: &[Account]) -> std::fmt::Result {
    let mut body = String::new();
    writeln!(body, "id,plan,email")?;
    for a in accounts {
        writeln!(body, "{},{},{}", a.id, a.plan, a.recovery_email)?;
    }
    upload_csv("crm-sync", &body); //~ ERROR purpose_violation
    Ok(())
}
