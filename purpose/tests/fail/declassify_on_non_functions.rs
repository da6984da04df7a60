use purpose::declassify;

#[declassify(reason = "a struct")]
pub struct Stats {
    pub total: usize,
}

#[purpose::declassify(reason = "an impl block")]
impl Stats {
    #[declassify(reason = "an associated constant")]
    const LIMIT: usize = 10;
}

#[declassify(reason = "a module")]
mod aggregates {}

#[declassify(reason = "a trait")]
pub trait Aggregate {
    #[declassify(reason = "an associated type")]
    type Output;
}

#[declassify(reason = "a static")]
static TOTAL: usize = 0;

fn main() {}
