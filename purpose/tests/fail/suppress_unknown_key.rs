use purpose::suppress;

#[suppress(purpose_violation, reasn = "misspelt")]
pub fn misspelt() {}

#[suppress(purpose_violation, Reason = "capitalised")]
pub fn capitalised() {}

#[suppress(purpose_violation, ticket = "DPO-142", reason = "an unknown key")]
pub fn unknown() {}

fn main() {}
