use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for = "security"]
    pub phone: String,
    #[collected_for[security]]
    pub email: String,
}

fn main() {}
