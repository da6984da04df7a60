//! Output: human diagnostics, JSON, SARIF, GitHub workflow commands, GitLab Code Quality, cargo's
//! JSON messages and the inventory. The only layer that serializes; its output types are its own and
//! versioned, and nothing from the analysed code reaches a terminal unescaped.

pub mod baseline;
pub mod cargo_message;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod inventory;
pub mod json;
pub mod sarif;

use crate::model::Span;
use crate::policy::lints::Level;
use crate::policy::{Finding, lints};
use crate::sources::SourceDb;

/// A position for people: file, 1-based line and column (in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Converts spans to positions, with one line index per file built on first use.
pub struct Locator<'a> {
    sources: &'a SourceDb,
    line_starts: std::cell::RefCell<std::collections::HashMap<u32, Vec<usize>>>,
}

impl<'a> Locator<'a> {
    pub fn new(sources: &'a SourceDb) -> Locator<'a> {
        Locator { sources, line_starts: Default::default() }
    }

    pub fn position(&self, span: Span) -> Position {
        if self.sources.is_empty() || span.file.0 as usize >= self.sources.len() {
            return Position {
                file: String::new(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            };
        }
        let file = self.sources.get(span.file);
        let (line, column) = self.line_column(span.file.0, &file.text, span.start as usize);
        let (end_line, end_column) = self.line_column(span.file.0, &file.text, span.end as usize);
        Position { file: sanitize(&file.display), line, column, end_line, end_column }
    }

    fn line_column(&self, file: u32, text: &str, offset: usize) -> (usize, usize) {
        let mut cache = self.line_starts.borrow_mut();
        let starts = cache.entry(file).or_insert_with(|| {
            std::iter::once(0).chain(text.match_indices('\n').map(|(index, _)| index + 1)).collect()
        });
        let offset = offset.min(text.len());
        let line = starts.partition_point(|start| *start <= offset).max(1);
        let line_start = starts[line - 1];
        let column = text
            .get(line_start..offset)
            .map_or(offset - line_start, |prefix| prefix.chars().count());
        (line, column + 1)
    }
}

/// Replaces control characters with `?`, keeping the byte length so offsets stay valid.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c.to_string(),
            c if c.is_control() => "?".repeat(c.len_utf8()),
            c => c.to_string(),
        })
        .collect()
}

/// The `--stats` table: per crate, what the analysis resolved, assumed or modelled.
/// `--timings`: one line per phase, its wall-clock time and the items it handled, and the total.
pub fn timings_table(phases: &[crate::driver::Phase]) -> String {
    let mut out = format!("{:<21} {:>8}  {}\n", "phase", "time", "items");
    for phase in phases {
        out.push_str(&format!(
            "{:<21} {:>7.3}s  {} {}\n",
            phase.name, phase.seconds, phase.items, phase.unit
        ));
    }
    let total: f64 = phases.iter().map(|phase| phase.seconds).sum();
    out.push_str(&format!("{:<21} {:>7.3}s\n", "total", total));
    out
}

pub fn stats_table(stats: &crate::driver::CheckStats, sources: &SourceDb) -> String {
    let mut out = String::from(
        "crate                     calls: resolved external  methods: resolved assumed external  macros: modelled unmodelled\n",
    );
    for row in json::crate_stats(stats) {
        out.push_str(&format!(
            "{:<25} {:>16} {:>8} {:>18} {:>7} {:>8} {:>17} {:>10}\n",
            sanitize(&row.name),
            row.calls_resolved,
            row.calls_external,
            row.methods_resolved,
            row.methods_assumed,
            row.methods_external,
            row.macros_modelled,
            row.macros_unmodelled
        ));
    }
    out.push_str(&format!(
        "{} functions, {} evaluations to reach the fixed point\n",
        stats.flow.functions, stats.flow.evaluations
    ));
    let locator = Locator::new(sources);
    for (name, span) in &stats.bound_hit {
        let position = locator.position(*span);
        out.push_str(&format!(
            "warning: the fixed point for `{}` ({}:{}) was cut short; flows through it may be incomplete\n",
            sanitize(name),
            position.file,
            position.line
        ));
    }
    out
}

/// Counts of findings by level, for summaries and exit codes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
}

pub fn counts(findings: &[Finding]) -> Counts {
    let mut counts = Counts::default();
    for finding in findings {
        match finding.level {
            Level::Deny => counts.errors += 1,
            Level::Warn => counts.warnings += 1,
            Level::Allow => {}
        }
    }
    counts
}

/// A fingerprint that survives unrelated edits: it holds no line or column, only the lint, the
/// workspace-relative file and what flowed where by which steps (the field, the sink, its use, the
/// enclosing function and the messages of the path), so inserting lines elsewhere or moving a
/// function within its file keeps it. A finding without a flow is known by its lint, file and
/// message. Findings of one run that share a fingerprint are told apart by
/// [`baseline::fingerprints`].
pub fn fingerprint(finding: &Finding, position: &Position) -> String {
    let mut hasher = baseline::StableHasher::new();
    hasher.write_part(finding.lint.name);
    hasher.write_part(&position.file);
    match &finding.flow {
        Some(flow) => {
            for part in [&flow.field, &flow.sink, &flow.use_name, &flow.function] {
                hasher.write_part(part);
            }
            for step in &finding.path {
                hasher.write_part(&step.message);
            }
        }
        None => hasher.write_part(&finding.message),
    }
    hasher.finish_hex()
}

/// The lints that appear in SARIF rule tables, in a stable order.
pub fn all_lints() -> &'static [&'static lints::Lint] {
    lints::ALL
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_keeps_byte_length_and_removes_escapes() {
        let raw = "a\u{1b}[31mb\u{85}c";
        let clean = sanitize(raw);
        assert_eq!(clean.len(), raw.len());
        assert!(!clean.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
    }
}
