//! The user record.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}
