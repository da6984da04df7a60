use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for]
    pub phone: String,
    #[collected_for()]
    pub email: String,
    #[collected_for(,)]
    pub ip: String,
}

fn main() {}
