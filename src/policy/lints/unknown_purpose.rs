//! `unknown_purpose`: an annotation names a purpose or use the policy does not know.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "unknown_purpose",
    default_level: Level::Deny,
    summary: "an annotation names a purpose or use the policy does not know, so no rule applies to it",
    documentation: include_str!("../../../lints/unknown_purpose.md"),
};

pub fn message(kind: &str, name: &str) -> String {
    format!("unknown {kind} `{name}`")
}

pub fn help(suggestion: Option<&str>, from_file: bool) -> String {
    match (suggestion, from_file) {
        (Some(near), _) => format!("did you mean `{near}`?"),
        (None, true) => {
            "declare it in `purpose.toml`, or use one of the names declared there".to_string()
        }
        (None, false) => "check the spelling".to_string(),
    }
}
