use purpose::suppress;

#[suppress(purpose_violation, reason = "")]
pub fn empty() {}

#[suppress(purpose_violation, reason = "   ")]
pub fn spaces() {}

#[suppress(purpose_violation, reason = "\n\t")]
pub fn escapes() {}

#[suppress(purpose_violation, reason = r"")]
pub fn raw() {}

fn main() {}
