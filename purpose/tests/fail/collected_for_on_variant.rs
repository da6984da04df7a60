use purpose::Purpose;

#[derive(Purpose)]
pub enum Contact {
    #[collected_for(security)]
    Phone(String),
    #[collected_for(security)]
    Email { address: String },
}

fn main() {}
