//! Safe: `write!` puts phones in the SMS manifest buffer and plan names in a second buffer; only the second reaches ads.
use std::fmt::Write;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub fn submit_manifest(body: &str) {
        println!("{} bytes", body.len());
    }
}

#[ad_targeting]
fn upload_csv(list: &str, body: &str) {
    let _ = (list, body);
}

pub fn export(accounts: &[Account]) -> std::fmt::Result {
    let mut manifest = String::new();
    let mut audience = String::new();
    for a in accounts {
        write!(manifest, "{};", a.phone)?;
        write!(audience, "{},{};", a.id, a.plan)?;
    }
    sms::submit_manifest(&manifest);
    upload_csv("plans", &audience);
    Ok(())
}
