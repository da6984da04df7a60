use purpose::Purpose;

#[derive(Purpose)]
pub enum Contact {
    Phone(#[collected_for("security")] String),
    Email {
        #[collected_for(security, security)]
        address: String,
    },
}

fn main() {}
