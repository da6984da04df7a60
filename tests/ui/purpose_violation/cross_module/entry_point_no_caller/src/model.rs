//! Account model.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub country: String,
    #[collected_for(security)]
    pub recovery_phone: String,
}
