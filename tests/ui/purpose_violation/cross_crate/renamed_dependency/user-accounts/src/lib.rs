//! The account crate, depended on as `identity` by `campaigns`.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Member {
    pub id: u64,
    #[collected_for(security)]
    pub mfa_phone: String,
}
