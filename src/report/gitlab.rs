//! GitLab Code Quality report (`--format gitlab`): a JSON array of issues in the subset of the Code
//! Climate format that GitLab reads (`description`, `check_name`, `fingerprint`, `severity`,
//! `location.path`, `location.lines.begin`), shown in merge request widgets and diffs.

use serde::Serialize;

use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Locator, sanitize};

#[derive(Serialize)]
pub struct Issue {
    pub description: String,
    pub check_name: &'static str,
    pub fingerprint: String,
    /// `major` for errors, `minor` for warnings.
    pub severity: &'static str,
    pub location: IssueLocation,
}

#[derive(Serialize)]
pub struct IssueLocation {
    pub path: String,
    pub lines: Lines,
}

#[derive(Serialize)]
pub struct Lines {
    pub begin: usize,
}

/// Renders the findings above `allow` as one JSON array. `path_prefix` goes before every path (the
/// workspace root relative to the directory the job runs in), since GitLab resolves paths against
/// the repository root.
pub fn render(findings: &[Finding], sources: &SourceDb, path_prefix: &str) -> String {
    let locator = Locator::new(sources);
    let fingerprints = super::baseline::fingerprints(findings, &locator);
    let issues: Vec<Issue> = findings
        .iter()
        .zip(fingerprints)
        .filter_map(|(finding, fingerprint)| {
            let severity = match finding.level {
                Level::Deny => "major",
                Level::Warn => "minor",
                Level::Allow => return None,
            };
            let position = locator.position(finding.primary.span);
            Some(Issue {
                description: sanitize(&format!("{}: {}", finding.message, finding.primary.message)),
                check_name: finding.lint.name,
                fingerprint,
                severity,
                location: IssueLocation {
                    path: format!("{path_prefix}{}", position.file),
                    lines: Lines { begin: position.line },
                },
            })
        })
        .collect();
    serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".to_string())
}
