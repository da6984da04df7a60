use purpose::suppress;

#[suppress(
    purpose_violation,
    reason = "the reason comes last",
    unused_suppression
)]
pub fn lint_after_reason() {}

#[suppress(reason = "the reason comes last", purpose_violation)]
pub fn only_lint_after_reason() {}

fn main() {}
