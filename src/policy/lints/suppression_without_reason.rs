//! `suppression_without_reason`: a suppression or declassifier that does not say why.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "suppression_without_reason",
    default_level: Level::Deny,
    summary: "a suppression or declassifier gives no reason, so a reviewer cannot audit it",
    documentation: include_str!("../../../lints/suppression_without_reason.md"),
};

pub fn message(what: &str) -> String {
    format!("this {what} gives no reason")
}

pub const HELP: &str =
    "add `reason = \"...\"` saying why this flow is acceptable, for the privacy review";
