//! Accounts.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub fn load_all() -> Vec<Account> {
    vec![Account { id: 1, phone: "+15550100".to_owned() }]
}
