use purpose::Purpose;

#[derive(Purpose)]
#[collected_for(security)]
pub enum Contact {
    Phone(String),
}

fn main() {}
