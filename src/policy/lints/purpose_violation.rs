//! `purpose_violation`: data collected for one purpose reaches a function whose use that purpose
//! forbids.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "purpose_violation",
    default_level: Level::Deny,
    summary: "data collected for one purpose reaches a use that purpose forbids",
    documentation: include_str!("../../../lints/purpose_violation.md"),
};

pub fn message(purpose: &str, use_name: &str) -> String {
    format!("data collected for `{purpose}` reaches a function used for `{use_name}`")
}

pub fn primary_label(field: &str, sink: &str, read_in_sink: bool) -> String {
    if read_in_sink {
        format!("`{field}` is read inside `{sink}`")
    } else {
        format!("`{field}` enters `{sink}` here")
    }
}

pub fn help(purpose: &str, use_name: &str) -> String {
    format!(
        "pass only data whose collection purpose allows `{use_name}`, or remove this flow; \
         if `{purpose}` data may be used for `{use_name}`, change the policy"
    )
}
