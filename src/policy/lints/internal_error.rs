//! `internal_error`: the analysis of one function failed; the rest of the workspace was checked.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "internal_error",
    default_level: Level::Deny,
    summary: "the analysis of a function failed, so flows through it were not checked",
    documentation: include_str!("../../../lints/internal_error.md"),
};

pub fn message(function: &str, detail: &str) -> String {
    format!("internal error while analysing `{function}`: {detail}")
}

pub const HELP: &str = "this is a bug in cargo-purpose; please report it with this function's code. The rest of the workspace was checked";
