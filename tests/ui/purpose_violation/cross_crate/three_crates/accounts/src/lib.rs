//! Crate A of three: the account record with the 2FA phone (the source).
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub phone: String,
}
