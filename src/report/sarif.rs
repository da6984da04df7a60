//! SARIF 2.1.0 output (`--format sarif`) for code-scanning services: one run, one rule per lint
//! with its catalog page as help, results located at the primary span with the path as a code flow.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::policy::Finding;
use crate::policy::lints::{Level, Lint};
use crate::sources::SourceDb;

use super::{Locator, all_lints, sanitize};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SOURCE_ROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    original_uri_base_ids: BTreeMap<&'static str, ArtifactLocation>,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Message,
    full_description: Message,
    /// The lint's catalog page in the repository, which code scanning links as "more info".
    help_uri: String,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

/// Code scanning shows `tags` as filters on the alert list.
#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    related_locations: Vec<Location>,
    code_flows: Vec<CodeFlow>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CodeFlow {
    thread_flows: Vec<ThreadFlow>,
}

#[derive(Serialize)]
struct ThreadFlow {
    locations: Vec<ThreadFlowLocation>,
}

#[derive(Serialize)]
struct ThreadFlowLocation {
    location: Location,
}

pub fn render(findings: &[Finding], sources: &SourceDb, root: &Path) -> String {
    let locator = Locator::new(sources);
    let location = |span, message: Option<&str>, id: Option<usize>| {
        let position = locator.position(span);
        Location {
            id,
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri_path(&position.file),
                    uri_base_id: Some(SOURCE_ROOT),
                },
                region: Region {
                    start_line: position.line,
                    start_column: position.column,
                    end_line: position.end_line,
                    end_column: position.end_column.max(position.column),
                },
            },
            message: message.map(|text| Message { text: sanitize(text) }),
        }
    };
    let lints = all_lints();
    let fingerprints = super::baseline::fingerprints(findings, &locator);
    let results = findings
        .iter()
        .zip(fingerprints)
        .filter(|(finding, _)| finding.level != Level::Allow)
        .map(|(finding, fingerprint)| {
            let path: Vec<ThreadFlowLocation> = finding
                .path
                .iter()
                .map(|step| ThreadFlowLocation {
                    location: location(step.span, Some(&step.message), None),
                })
                .collect();
            SarifResult {
                rule_id: finding.lint.name,
                rule_index: lints
                    .iter()
                    .position(|lint| lint.name == finding.lint.name)
                    .unwrap_or(0),
                level: sarif_level(finding.level),
                message: Message {
                    text: sanitize(&format!("{}: {}", finding.message, finding.primary.message)),
                },
                locations: vec![location(finding.primary.span, None, None)],
                related_locations: finding
                    .secondary
                    .iter()
                    .enumerate()
                    .map(|(index, label)| {
                        location(label.span, Some(&label.message), Some(index + 1))
                    })
                    .collect(),
                code_flows: if path.is_empty() {
                    Vec::new()
                } else {
                    vec![CodeFlow { thread_flows: vec![ThreadFlow { locations: path }] }]
                },
                partial_fingerprints: [("purposeFinding/v1", fingerprint)].into_iter().collect(),
            }
        })
        .collect();
    let root_uri = format!("file://{}/", uri_path(&root.to_string_lossy()).trim_end_matches('/'));
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "cargo-purpose",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules: lints.iter().map(|lint| rule(lint)).collect(),
                },
            },
            original_uri_base_ids: [(
                SOURCE_ROOT,
                ArtifactLocation { uri: root_uri, uri_base_id: None },
            )]
            .into_iter()
            .collect(),
            results,
        }],
    };
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

fn rule(lint: &'static Lint) -> Rule {
    Rule {
        id: lint.name,
        name: lint.name,
        short_description: Message { text: lint.summary.to_string() },
        full_description: Message { text: lint.summary.to_string() },
        help_uri: format!("{}/blob/main/lints/{}.md", env!("CARGO_PKG_REPOSITORY"), lint.name),
        help: Help {
            text: lint.documentation.to_string(),
            markdown: lint.documentation.to_string(),
        },
        default_configuration: Configuration { level: sarif_level(lint.default_level) },
        properties: RuleProperties { tags: vec!["privacy", "purpose-limitation"] },
    }
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Deny => "error",
        Level::Warn => "warning",
        Level::Allow => "none",
    }
}

/// Percent-encodes what may not appear in a URI path; `/` separators are kept.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
