//! `missing_module`: a `mod` declaration whose file was not found or lies outside the workspace.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "missing_module",
    default_level: Level::Warn,
    summary: "a module's file was not found or lies outside the workspace, so it was not checked",
    documentation: include_str!("../../../lints/missing_module.md"),
};

pub fn missing_message(name: &str) -> String {
    format!("file for module `{name}` not found")
}

pub fn outside_message(name: &str) -> String {
    format!("file for module `{name}` lies outside the workspace and was not read")
}
