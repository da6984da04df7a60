//! Accounts.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub name: String,
    #[collected_for(security)]
    pub phone: String,
}
