//! The JSON output (`--format json`). Schema version 1, documented in `docs/output.md`: fields may be
//! added within a version, never removed or renamed.

use serde::Serialize;

use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Counts, Locator, Position, fingerprint, sanitize};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report {
    pub version: u32,
    pub tool: Tool,
    pub findings: Vec<JsonFinding>,
    pub summary: Summary,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct Summary {
    pub crates: usize,
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Serialize)]
pub struct JsonFinding {
    pub lint: &'static str,
    pub level: &'static str,
    pub message: String,
    pub location: Location,
    pub related: Vec<Location>,
    pub path: Vec<Location>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    pub flow: Option<FlowJson>,
    pub fingerprint: String,
}

#[derive(Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub label: String,
}

#[derive(Serialize)]
pub struct FlowJson {
    pub field: String,
    pub purpose: String,
    pub sink: String,
    #[serde(rename = "use")]
    pub use_name: String,
}

pub struct Totals {
    pub crates: usize,
    pub files: usize,
    pub counts: Counts,
}

pub fn render(findings: &[Finding], sources: &SourceDb, totals: &Totals) -> String {
    let locator = Locator::new(sources);
    let location = |span, label: &str| {
        let Position { file, line, column, end_line, end_column } = locator.position(span);
        Location { file, line, column, end_line, end_column, label: sanitize(label) }
    };
    let findings = findings
        .iter()
        .map(|finding| {
            let primary = location(finding.primary.span, &finding.primary.message);
            let position = locator.position(finding.primary.span);
            JsonFinding {
                lint: finding.lint.name,
                level: level_name(finding.level),
                message: sanitize(&finding.message),
                related: finding
                    .secondary
                    .iter()
                    .map(|label| location(label.span, &label.message))
                    .collect(),
                path: finding.path.iter().map(|step| location(step.span, &step.message)).collect(),
                notes: finding.notes.iter().map(|note| sanitize(note)).collect(),
                help: finding.help.as_deref().map(sanitize),
                flow: finding.flow.as_ref().map(|flow| FlowJson {
                    field: flow.field.clone(),
                    purpose: flow.purpose.clone(),
                    sink: flow.sink.clone(),
                    use_name: flow.use_name.clone(),
                }),
                fingerprint: fingerprint(finding, &position),
                location: primary,
            }
        })
        .collect();
    let report = Report {
        version: SCHEMA_VERSION,
        tool: Tool { name: "cargo-purpose", version: env!("CARGO_PKG_VERSION") },
        findings,
        summary: Summary {
            crates: totals.crates,
            files: totals.files,
            errors: totals.counts.errors,
            warnings: totals.counts.warnings,
        },
    };
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Deny => "error",
        Level::Warn => "warning",
        Level::Allow => "allow",
    }
}
