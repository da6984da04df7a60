//! Modules named with raw identifiers live in files without the `r#`: `mod r#enum;` is
//! `enum.rs`, and `mod r#gen { mod audience; }` looks in `gen/`.
use purpose::Purpose;

pub mod r#enum;
pub mod r#gen {
    pub mod audience;
}

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub phone: String,
}
