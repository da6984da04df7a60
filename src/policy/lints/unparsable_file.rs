//! `unparsable_file`: a file could not be read or parsed, so nothing in it was checked.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "unparsable_file",
    default_level: Level::Deny,
    summary: "a source file could not be read or parsed, so its flows were not checked",
    documentation: include_str!("../../../lints/unparsable_file.md"),
};

pub const HELP: &str =
    "fix the file so that it parses (`cargo check` shows the same error), or exclude it";
