//! A `Box<dyn MatchKey>` strategy chosen from config builds the lookalike seed keys; one strategy returns the recovery email.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub trait MatchKey {
    fn key_for(&self, account: &Account) -> String;
}

struct ById;
struct ByRecoveryEmail;

impl MatchKey for ById {
    fn key_for(&self, account: &Account) -> String {
        format!("id:{}", account.id)
    }
}

impl MatchKey for ByRecoveryEmail {
    fn key_for(&self, account: &Account) -> String {
        account.recovery_email.trim().to_lowercase()
    }
}

pub enum KeyMode {
    Id,
    Email,
}

fn strategy(mode: &KeyMode) -> Box<dyn MatchKey> {
    match mode {
        KeyMode::Id => Box::new(ById),
        KeyMode::Email => Box::new(ByRecoveryEmail),
    }
}

pub struct LookalikeClient {
    endpoint: String,
}

impl LookalikeClient {
    #[ad_targeting]
    pub fn seed(&self, keys: Vec<String>, plan_filter: &str) {
        let _ = (&self.endpoint, keys, plan_filter);
    }
}

pub fn export_seed(accounts: &[Account], mode: KeyMode, client: &LookalikeClient) {
    let strat = strategy(&mode);
    let keys: Vec<String> = accounts
        .iter()
        .filter(|a| a.plan == "pro")
        .map(|a| strat.key_for(a))
        .collect();
    client.seed(keys, "pro"); //~ ERROR purpose_violation
}
