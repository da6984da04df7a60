use purpose::used_for;

#[used_for("analytics")]
pub fn quoted() {}

#[used_for(uses::analytics)]
pub fn path() {}

#[used_for(name = analytics)]
pub fn key_value() {}

#[used_for(analytics(daily))]
pub fn nested() {}

#[used_for(analytics marketing)]
pub fn missing_comma() {}

#[used_for(crate)]
pub fn reserved_word() {}

#[used_for(,analytics)]
pub fn leading_comma() {}

fn main() {}
