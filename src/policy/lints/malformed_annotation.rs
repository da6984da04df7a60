//! `malformed_annotation`: an annotation the linter cannot read, so it protects nothing.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "malformed_annotation",
    default_level: Level::Deny,
    summary: "an annotation cannot be read, so the data or function it marks is not checked",
    documentation: include_str!("../../../lints/malformed_annotation.md"),
};

pub const HELP: &str =
    "write the annotation as `#[collected_for(security)]` or `#[used_for(ad_targeting)]`";
