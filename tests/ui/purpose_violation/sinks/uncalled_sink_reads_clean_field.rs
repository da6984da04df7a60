//! A sink with no caller reads only the username of the accounts it received: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub username: String,
    pub marketing_opt_in: bool,
    #[collected_for(security)]
    pub verified_mobile: String,
}

fn post_seed(seed: &[String]) {
    let _ = seed;
}

/// Registered with the job runner as `lookalike-seed`; nothing in this crate calls it.
#[ad_targeting]
pub fn export_lookalike_seed(accounts: &[Account]) {
    let mut seed = Vec::new();
    for account in accounts {
        if account.marketing_opt_in && !account.verified_mobile.is_empty() {
            seed.push(account.username.clone());
        }
    }
    post_seed(&seed);
}
