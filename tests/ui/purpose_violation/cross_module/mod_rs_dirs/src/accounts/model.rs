//! The account record.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub region: String,
    #[collected_for(security)]
    pub sms_number: String,
}
