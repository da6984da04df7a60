use purpose::suppress;

#[suppress(
    purpose_violation,
    unused_suppression,
    purpose_violation,
    reason = "twice"
)]
pub fn duplicate_lint() {}

#[suppress(
    purpose_violation,
    r#purpose_violation,
    reason = "raw and plain are one name"
)]
pub fn duplicate_raw() {}

#[suppress(purpose_violation, reason = "first", reason = "second")]
pub fn duplicate_reason() {}

fn main() {}
