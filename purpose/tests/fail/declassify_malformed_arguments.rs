use purpose::declassify;

#[declassify(reasn = "misspelt")]
pub fn misspelt(values: &[u32]) -> usize {
    values.len()
}

#[declassify(why = "an unknown key")]
pub fn unknown_key(values: &[u32]) -> usize {
    values.len()
}

#[declassify(purpose_violation, reason = "a lint name, as if it were a suppression")]
pub fn lint_name(values: &[u32]) -> usize {
    values.len()
}

#[declassify(reason = 42)]
pub fn not_a_string(values: &[u32]) -> usize {
    values.len()
}

#[declassify(reason = "first", reason = "second")]
pub fn duplicate_reason(values: &[u32]) -> usize {
    values.len()
}

fn main() {}
