use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for("security")]
    pub phone: String,
    #[collected_for(security, "two factor")]
    pub email: String,
    #[collected_for(42)]
    pub age: u8,
}

fn main() {}
