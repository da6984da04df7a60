//! Login accounts: the phone was given for 2FA.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}
