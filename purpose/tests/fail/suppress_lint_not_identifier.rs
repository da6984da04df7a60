use purpose::suppress;

#[suppress("purpose_violation", reason = "a string")]
pub fn string() {}

#[suppress(purpose::purpose_violation, reason = "a path")]
pub fn path() {}

#[suppress(clippy::all, reason = "another tool's lint")]
pub fn other_tool() {}

#[suppress(self, reason = "a keyword")]
pub fn keyword() {}

#[suppress(purpose_violation(strict), reason = "a nested list")]
pub fn nested() {}

#[suppress(purpose_violation unused_suppression, reason = "a missing comma")]
pub fn missing_comma() {}

#[suppress(purpose_violation, , reason = "an empty entry")]
pub fn empty_entry() {}

fn main() {}
