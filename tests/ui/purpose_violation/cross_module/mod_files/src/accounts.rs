//! Accounts with the phone number given for two-factor authentication.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub on_trial: bool,
    #[collected_for(security)]
    pub phone: String,
}
