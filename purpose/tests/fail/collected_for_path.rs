use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for(purposes::security)]
    pub phone: String,
}

fn main() {}
