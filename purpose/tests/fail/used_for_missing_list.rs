use purpose::used_for;

#[used_for]
pub fn record_visit() {}

#[used_for()]
pub fn record_click() {}

#[purpose::used_for]
pub fn record_scroll() {}

fn main() {}
