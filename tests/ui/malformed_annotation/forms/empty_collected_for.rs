//! `#[collected_for]` without purposes protects nothing, so the linter says so.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    #[collected_for] //~ ERROR malformed_annotation
    pub phone: String,
    #[collected_for("security")] //~ ERROR malformed_annotation
    pub email: String,
}
