//! SARIF 2.1.0 output (`--format sarif`) for code-scanning services: one run, one rule per lint
//! with its catalog page as help, results located at the primary span with the path as a code flow.
//! Built from serde-sarif's types, which are generated from the official schema, so a field the
//! schema does not have cannot be written.

use std::collections::BTreeMap;
use std::path::Path;

use serde_sarif::sarif;

use crate::model::Span;
use crate::policy::Finding;
use crate::policy::lints::{Level, Lint};
use crate::sources::SourceDb;

use super::{Locator, all_lints, sanitize};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SOURCE_ROOT: &str = "%SRCROOT%";

pub fn render(findings: &[Finding], sources: &SourceDb, root: &Path) -> String {
    let locator = Locator::new(sources);
    let lints = all_lints();
    let fingerprints = super::baseline::fingerprints(findings, &locator);
    let results: Vec<sarif::Result> = findings
        .iter()
        .zip(fingerprints)
        .filter(|(finding, _)| finding.level != Level::Allow)
        .map(|(finding, fingerprint)| result(finding, fingerprint, &locator, lints))
        .collect();
    let root_uri = format!("file://{}/", uri_path(&root.to_string_lossy()).trim_end_matches('/'));
    let base_ids: BTreeMap<String, sarif::ArtifactLocation> =
        [(SOURCE_ROOT.to_string(), sarif::ArtifactLocation::builder().uri(root_uri).build())]
            .into_iter()
            .collect();
    let driver = sarif::ToolComponent::builder()
        .name("cargo-purpose")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri(env!("CARGO_PKG_REPOSITORY"))
        .rules(lints.iter().map(|lint| rule(lint)).collect::<Vec<_>>())
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .original_uri_base_ids(base_ids)
        .results(results)
        .build();
    let log = sarif::Sarif::builder()
        .schema(SCHEMA)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build();
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

fn result(
    finding: &Finding,
    fingerprint: String,
    locator: &Locator<'_>,
    lints: &[&'static Lint],
) -> sarif::Result {
    let path: Vec<sarif::ThreadFlowLocation> = finding
        .path
        .iter()
        .map(|step| {
            let location = location(locator, step.span, Some(&step.message), None);
            sarif::ThreadFlowLocation::builder().location(location).build()
        })
        .collect();
    let related: Vec<sarif::Location> = finding
        .secondary
        .iter()
        .enumerate()
        .map(|(index, label)| location(locator, label.span, Some(&label.message), Some(index + 1)))
        .collect();
    let code_flows: Vec<sarif::CodeFlow> = if path.is_empty() {
        Vec::new()
    } else {
        let thread_flow = sarif::ThreadFlow::builder().locations(path).build();
        vec![sarif::CodeFlow::builder().thread_flows(vec![thread_flow]).build()]
    };
    let index = lints.iter().position(|lint| lint.name == finding.lint.name).unwrap_or(0);
    let text = sanitize(&format!("{}: {}", finding.message, finding.primary.message));
    sarif::Result::builder()
        .rule_id(finding.lint.name)
        .rule_index(index as i64)
        .level(result_level(finding.level))
        .message(sarif::Message::builder().text(text).build())
        .locations(vec![location(locator, finding.primary.span, None, None)])
        .related_locations(related)
        .code_flows(code_flows)
        .partial_fingerprints(
            [("purposeFinding/v1".to_string(), fingerprint)]
                .into_iter()
                .collect::<BTreeMap<_, _>>(),
        )
        .build()
}

fn location(
    locator: &Locator<'_>,
    span: Span,
    message: Option<&str>,
    id: Option<usize>,
) -> sarif::Location {
    let position = locator.position(span);
    let artifact = sarif::ArtifactLocation::builder()
        .uri(uri_path(&position.file))
        .uri_base_id(SOURCE_ROOT)
        .build();
    let region = sarif::Region::builder()
        .start_line(position.line as i64)
        .start_column(position.column as i64)
        .end_line(position.end_line as i64)
        .end_column(position.end_column.max(position.column) as i64)
        .build();
    let physical =
        sarif::PhysicalLocation::builder().artifact_location(artifact).region(region).build();
    sarif::Location {
        id: id.map(|id| id as i64),
        message: message.map(|text| sarif::Message::builder().text(sanitize(text)).build()),
        physical_location: Some(physical),
        ..sarif::Location::default()
    }
}

fn rule(lint: &'static Lint) -> sarif::ReportingDescriptor {
    let summary = || sarif::MultiformatMessageString::builder().text(lint.summary).build();
    let help = sarif::MultiformatMessageString::builder()
        .text(lint.documentation)
        .markdown(lint.documentation)
        .build();
    // Code scanning shows `tags` as filters on the alert list.
    let tags = vec!["privacy".to_string(), "purpose-limitation".to_string()];
    sarif::ReportingDescriptor::builder()
        .id(lint.name)
        .name(lint.name)
        .short_description(summary())
        .full_description(summary())
        // The lint's catalog page in the repository, which code scanning links as "more info".
        .help_uri(format!("{}/blob/main/lints/{}.md", env!("CARGO_PKG_REPOSITORY"), lint.name))
        .help(help)
        .default_configuration(
            sarif::ReportingConfiguration::builder()
                .level(serde_json::json!(result_level(lint.default_level).to_string()))
                .build(),
        )
        .properties(sarif::PropertyBag::builder().tags(tags).build())
        .build()
}

fn result_level(level: Level) -> sarif::ResultLevel {
    match level {
        Level::Deny => sarif::ResultLevel::Error,
        Level::Warn => sarif::ResultLevel::Warning,
        Level::Allow => sarif::ResultLevel::None,
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
