//! `assumed_dispatch`: a sink is reached only on an assumption about which function a call runs.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "assumed_dispatch",
    default_level: Level::Allow,
    summary: "data reaches a sink through a call whose target is assumed, not known",
    documentation: include_str!("../../../lints/assumed_dispatch.md"),
};

pub fn message(sink: &str) -> String {
    format!("`{sink}` is assumed to be called here")
}

pub fn note(sink: &str, candidates: u16) -> String {
    format!(
        "the receiver's type is not known here: `{sink}` is one of {candidates} functions this call may run"
    )
}

pub const HELP: &str = "write the receiver's type (a type annotation, a concrete type instead of `dyn`) to make the call exact";
