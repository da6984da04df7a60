//! The lint registry: every lint's declaration, with its catalog page from `lints/`.

pub mod assumed_dispatch;
pub mod internal_error;
pub mod malformed_annotation;
pub mod missing_module;
pub mod purpose_violation;
pub mod suppression_without_reason;
pub mod unknown_purpose;
pub mod unparsable_file;
pub mod unused_suppression;
pub mod vacuous_policy;

/// How seriously a finding is taken: `deny` fails the gate, `warn` is shown, `allow` is silent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }
}

/// A lint's declaration. The documentation is the lint's page under `lints/`, embedded.
#[derive(Debug)]
pub struct Lint {
    pub name: &'static str,
    pub default_level: Level,
    /// One line, lowercase, no trailing period.
    pub summary: &'static str,
    pub documentation: &'static str,
}

pub static ALL: &[&Lint] = &[
    &assumed_dispatch::LINT,
    &internal_error::LINT,
    &malformed_annotation::LINT,
    &missing_module::LINT,
    &purpose_violation::LINT,
    &suppression_without_reason::LINT,
    &unknown_purpose::LINT,
    &unparsable_file::LINT,
    &unused_suppression::LINT,
    &vacuous_policy::LINT,
];

pub fn find(name: &str) -> Option<&'static Lint> {
    let name = name.replace('-', "_");
    ALL.iter().copied().find(|lint| lint.name == name)
}
