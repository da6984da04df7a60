use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for(security fraud_prevention)]
    pub phone: String,
}

fn main() {}
