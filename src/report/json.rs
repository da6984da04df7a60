//! The JSON output (`--format json`). Schema version 1, documented in `docs/output.md`: fields may be
//! added within a version, never removed or renamed.

use serde::Serialize;

use crate::driver::CheckStats;
use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Counts, Locator, Position, sanitize};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report {
    pub version: u32,
    pub tool: Tool,
    pub findings: Vec<JsonFinding>,
    pub summary: Summary,
    pub stats: Stats,
}

/// How much of the code the analysis could see, per crate.
#[derive(Serialize)]
pub struct Stats {
    pub functions: usize,
    pub evaluations: usize,
    pub crates: Vec<CrateStats>,
    /// Functions whose fixed point was cut short by the evaluation bound.
    pub fixed_point_bound_hit: Vec<Location>,
}

#[derive(Serialize)]
pub struct CrateStats {
    pub name: String,
    pub calls_resolved: u32,
    pub calls_external: u32,
    pub methods_resolved: u32,
    pub methods_assumed: u32,
    pub methods_external: u32,
    pub macros_modelled: u32,
    pub macros_unmodelled: u32,
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

pub struct Totals<'a> {
    pub crates: usize,
    pub files: usize,
    pub counts: Counts,
    pub stats: &'a CheckStats,
}

pub fn render(findings: &[Finding], sources: &SourceDb, totals: &Totals) -> String {
    let locator = Locator::new(sources);
    let location = |span, label: &str| {
        let Position { file, line, column, end_line, end_column } = locator.position(span);
        Location { file, line, column, end_line, end_column, label: sanitize(label) }
    };
    let fingerprints = super::baseline::fingerprints(findings, &locator);
    let findings = findings
        .iter()
        .zip(fingerprints)
        .map(|(finding, fingerprint)| {
            let primary = location(finding.primary.span, &finding.primary.message);
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
                fingerprint,
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
        stats: Stats {
            functions: totals.stats.flow.functions,
            evaluations: totals.stats.flow.evaluations,
            crates: crate_stats(totals.stats),
            fixed_point_bound_hit: totals
                .stats
                .bound_hit
                .iter()
                .map(|(name, span)| location(*span, &format!("`{name}`")))
                .collect(),
        },
    };
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

pub fn crate_stats(stats: &CheckStats) -> Vec<CrateStats> {
    stats
        .crate_names
        .iter()
        .zip(&stats.flow.coverage)
        .map(|(name, coverage)| CrateStats {
            name: name.clone(),
            calls_resolved: coverage.calls_resolved,
            calls_external: coverage.calls_external,
            methods_resolved: coverage.methods_resolved,
            methods_assumed: coverage.methods_assumed,
            methods_external: coverage.methods_external,
            macros_modelled: coverage.macros_modelled,
            macros_unmodelled: coverage.macros_unmodelled,
        })
        .collect()
}

pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Deny => "error",
        Level::Warn => "warning",
        Level::Allow => "allow",
    }
}
