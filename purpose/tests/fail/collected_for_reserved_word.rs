use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for(self)]
    pub phone: String,
    #[collected_for(_)]
    pub email: String,
}

fn main() {}
