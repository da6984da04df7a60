use purpose::declassify;

#[declassify(reason = "a count")]
#[inline]
#[purpose::declassify(reason = "a count of at least 50 accounts")]
pub fn count(values: &[u32]) -> usize {
    values.len()
}

fn main() {}
