use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for(purpose = security)]
    pub phone: String,
}

fn main() {}
