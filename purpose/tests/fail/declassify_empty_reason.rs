use purpose::declassify;

#[declassify(reason = "")]
pub fn empty(values: &[u32]) -> usize {
    values.len()
}

#[purpose::declassify(reason = " \t ")]
pub fn whitespace(values: &[u32]) -> usize {
    values.len()
}

fn main() {}
