//! A helper returns `impl Iterator<Item = String>` of E.164-normalized 2FA numbers; the caller collects them and uploads in `chunks(500)` with `?`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub active: bool,
    pub country_code: String,
    #[collected_for(security)]
    pub sms_number: String,
}

fn e164(country_code: &str, raw: &str) -> String {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    format!("+{}{}", country_code, digits.trim_start_matches('0'))
}

pub fn active_numbers(accounts: &[Account]) -> impl Iterator<Item = String> + '_ {
    accounts
        .iter()
        .filter(|a| a.active)
        .map(|a| e164(&a.country_code, &a.sms_number))
}

pub struct CustomerMatch {
    list_id: String,
}

impl CustomerMatch {
    #[ad_targeting]
    pub fn upload_batch(&self, batch: &[String]) -> Result<(), String> {
        let _ = (&self.list_id, batch);
        Ok(())
    }
}

pub fn sync_customer_match(accounts: &[Account], cm: &CustomerMatch) -> Result<usize, String> {
    let all: Vec<String> = active_numbers(accounts).collect();
    let mut sent = 0;
    for chunk in all.chunks(500) {
        cm.upload_batch(chunk)?; //~ ERROR purpose_violation
        sent += chunk.len();
    }
    Ok(sent)
}
