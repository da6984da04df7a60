//! The account record.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub recovery_phone: String,
}
