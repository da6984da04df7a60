use purpose::declassify;

#[declassify]
pub fn bare(values: &[u32]) -> usize {
    values.len()
}

#[purpose::declassify()]
pub fn empty(values: &[u32]) -> usize {
    values.len()
}

#[declassify(reason)]
pub fn key_without_value(values: &[u32]) -> usize {
    values.len()
}

#[declassify(reason =)]
pub fn equals_without_value(values: &[u32]) -> usize {
    values.len()
}

fn main() {}
