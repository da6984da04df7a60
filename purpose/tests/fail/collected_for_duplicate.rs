use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    #[collected_for(security, fraud_prevention, security)]
    pub phone: String,
    #[collected_for(billing, r#billing)]
    pub card: String,
}

fn main() {}
