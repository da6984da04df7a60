use purpose::Purpose;

#[derive(Purpose)]
#[collected_for(security)]
pub struct User {
    pub phone: String,
}

fn main() {}
