//! `filter_map` over an optional backup phone keeps only the present numbers, which reach a multi-line sink call.
use purpose::{Purpose, used_for};

#[derive(Purpose)]
pub struct Account {
    pub login: String,
    #[collected_for(security)]
    pub backup_phone: Option<String>,
}

mod ads {
    use super::used_for;

    #[used_for(ad_targeting)]
    pub fn push_audience(name: &str, numbers: &[String], ttl_days: u32) {
        let _ = (name, numbers, ttl_days);
    }
}

pub fn refresh_backup_audience(accounts: &[Account]) {
    let numbers: Vec<String> = accounts
        .iter()
        .filter_map(|a| a.backup_phone.as_deref())
        .map(str::to_owned)
        .collect();
    ads::push_audience( //~ ERROR purpose_violation
        "backup-phone-holders",
        &numbers,
        30,
    );
}
