//! `vacuous_policy`: a rule of the configured policy that nothing in the workspace can trigger.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "vacuous_policy",
    default_level: Level::Warn,
    summary: "a rule of the policy matches nothing in the workspace, so it can never fail",
    documentation: include_str!("../../../lints/vacuous_policy.md"),
};

pub fn no_field(purpose: &str) -> String {
    format!("no field is collected for `{purpose}`")
}

pub fn no_sink(use_name: &str) -> String {
    format!("no function is used for `{use_name}`")
}

pub fn unused_external(path: &str) -> String {
    format!("`{path}` is never called in the workspace")
}

pub const HELP: &str = "annotate the fields and functions the rule is about, or check the names for a typo; a gate that cannot fail protects nothing";
