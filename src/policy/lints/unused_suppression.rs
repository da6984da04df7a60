//! `unused_suppression`: a suppression that no longer suppresses anything.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "unused_suppression",
    default_level: Level::Warn,
    summary: "a suppression covers no finding, so it only hides future ones",
    documentation: include_str!("../../../lints/unused_suppression.md"),
};

pub fn message(lints: &str) -> String {
    format!("this suppression of {lints} covers no finding")
}

pub fn unknown_lint(name: &str) -> String {
    format!("no lint named `{name}`")
}

pub const HELP: &str = "remove the suppression; if the flow comes back, it will be reported again";
