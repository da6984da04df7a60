use purpose::suppress;

#[suppress(reason = "names no lint")]
pub fn no_lint() {}

#[suppress]
pub fn bare() {}

#[purpose::suppress()]
pub fn empty() {}

fn main() {}
