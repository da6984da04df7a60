use purpose::used_for;

#[used_for(analytics)]
pub struct Visit {
    pub page: String,
}

#[purpose::used_for(analytics)]
impl Visit {}

pub struct Report;

impl Report {
    #[used_for(analytics)]
    const LIMIT: u32 = 10;
}

fn main() {}
