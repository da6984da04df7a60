use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for(security(two_factor))]
    pub phone: String,
}

fn main() {}
