use purpose::used_for;

#[used_for(analytics, marketing, analytics)]
pub fn record_visit() {}

fn main() {}
