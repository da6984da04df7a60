use purpose::suppress;

#[suppress(purpose_violation, reason = 142)]
pub fn number() {}

#[suppress(purpose_violation, reason = legacy)]
pub fn identifier() {}

#[suppress(purpose_violation, reason = b"bytes")]
pub fn byte_string() {}

#[suppress(purpose_violation, reason = concat!("a", "b"))]
pub fn macro_call() {}

#[suppress(purpose_violation, reason = "two" "strings")]
pub fn two_strings() {}

fn main() {}
