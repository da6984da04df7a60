//! Cargo's JSON message stream (`--message-format json`): one `compiler-message` line per finding,
//! holding a rustc diagnostic, then one `build-finished` line. This is what `cargo check
//! --message-format json` prints, so editors that run a check command and read its messages
//! (rust-analyzer's `check.overrideCommand`) show findings inline.
//!
//! The shape follows rustc's JSON diagnostics: spans carry byte offsets and 1-based lines and
//! character columns, `file_name` is relative to the workspace root (as cargo prints it for
//! workspace members), and the primary span carries the primary label. The path from the field to
//! the sink becomes one child note per step, each with its span, so an editor can link every step.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::Span;
use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Locator, human, sanitize};

/// A workspace member, as `cargo metadata` describes it; the CLI reads it, this module only
/// matches files to it.
#[derive(Clone, Debug)]
pub struct Package {
    /// Cargo's package id, such as `path+file:///work/app#0.1.0`.
    pub id: String,
    pub manifest_path: PathBuf,
    pub targets: Vec<Target>,
}

/// A target of a package, serialized as cargo serializes it in messages.
#[derive(Clone, Debug, Serialize)]
pub struct Target {
    pub kind: Vec<String>,
    pub crate_types: Vec<String>,
    pub name: String,
    pub src_path: String,
    pub edition: String,
    pub doc: bool,
    pub doctest: bool,
    pub test: bool,
}

#[derive(Serialize)]
struct CompilerMessage<'a> {
    reason: &'static str,
    package_id: &'a str,
    manifest_path: String,
    target: &'a Target,
    message: Diagnostic,
}

#[derive(Serialize)]
struct BuildFinished {
    reason: &'static str,
    success: bool,
}

#[derive(Serialize)]
struct Diagnostic {
    #[serde(rename = "$message_type", skip_serializing_if = "Option::is_none")]
    message_type: Option<&'static str>,
    message: String,
    code: Option<Code>,
    level: &'static str,
    spans: Vec<DiagnosticSpan>,
    children: Vec<Diagnostic>,
    rendered: Option<String>,
}

#[derive(Serialize)]
struct Code {
    code: &'static str,
    explanation: Option<String>,
}

#[derive(Serialize)]
struct DiagnosticSpan {
    file_name: String,
    byte_start: u32,
    byte_end: u32,
    line_start: usize,
    line_end: usize,
    column_start: usize,
    column_end: usize,
    is_primary: bool,
    text: Vec<SpanLine>,
    label: Option<String>,
    suggested_replacement: Option<String>,
    suggestion_applicability: Option<String>,
    expansion: Option<()>,
}

#[derive(Serialize)]
struct SpanLine {
    text: String,
    highlight_start: usize,
    highlight_end: usize,
}

/// Renders every finding above `allow` as a cargo message, then `build-finished` with `success`.
/// `root` is the workspace root the files are relative to; `packages` the workspace members (empty
/// for a directory without a manifest).
pub fn render(
    findings: &[Finding],
    sources: &SourceDb,
    root: &Path,
    packages: &[Package],
    success: bool,
) -> String {
    let locator = Locator::new(sources);
    let fallback = loose_package(root, sources);
    let mut out = String::new();
    for finding in findings {
        let Some(level) = level_name(finding.level) else { continue };
        let file = file_path(sources, finding.primary.span).map(|display| root.join(display));
        let (package, target) = file
            .as_deref()
            .and_then(|file| owner(packages, file))
            .unwrap_or((&fallback, &fallback.targets[0]));
        let message = CompilerMessage {
            reason: "compiler-message",
            package_id: &package.id,
            manifest_path: package.manifest_path.to_string_lossy().into_owned(),
            target,
            message: diagnostic(finding, level, sources, &locator),
        };
        out.push_str(&serde_json::to_string(&message).unwrap_or_default());
        out.push('\n');
    }
    let finished = BuildFinished { reason: "build-finished", success };
    out.push_str(&serde_json::to_string(&finished).unwrap_or_default());
    out.push('\n');
    out
}

fn level_name(level: Level) -> Option<&'static str> {
    match level {
        Level::Deny => Some("error"),
        Level::Warn => Some("warning"),
        Level::Allow => None,
    }
}

fn diagnostic(
    finding: &Finding,
    level: &'static str,
    sources: &SourceDb,
    locator: &Locator<'_>,
) -> Diagnostic {
    let mut spans = Vec::new();
    if !sources.is_empty() {
        spans.push(span(
            sources,
            locator,
            finding.primary.span,
            true,
            Some(&finding.primary.message),
        ));
        for label in &finding.secondary {
            spans.push(span(sources, locator, label.span, false, Some(&label.message)));
        }
    }
    let steps = finding.path.len();
    let mut children: Vec<Diagnostic> = finding
        .path
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let text = format!("path, step {} of {steps}: {}", index + 1, step.message);
            let spans = if sources.is_empty() {
                Vec::new()
            } else {
                vec![span(sources, locator, step.span, true, None)]
            };
            child("note", &text, spans)
        })
        .collect();
    children.extend(finding.notes.iter().map(|note| child("note", note, Vec::new())));
    children.extend(finding.help.iter().map(|help| child("help", help, Vec::new())));
    Diagnostic {
        message_type: Some("diagnostic"),
        message: sanitize(&finding.message),
        code: Some(Code { code: finding.lint.name, explanation: None }),
        level,
        spans,
        children,
        rendered: Some(human::render(std::slice::from_ref(finding), sources, false)),
    }
}

fn child(level: &'static str, message: &str, spans: Vec<DiagnosticSpan>) -> Diagnostic {
    Diagnostic {
        message_type: None,
        message: sanitize(message),
        code: None,
        level,
        spans,
        children: Vec::new(),
        rendered: None,
    }
}

fn span(
    sources: &SourceDb,
    locator: &Locator<'_>,
    span: Span,
    is_primary: bool,
    label: Option<&str>,
) -> DiagnosticSpan {
    let position = locator.position(span);
    let end_column = if position.end_line == position.line {
        position.end_column.max(position.column)
    } else {
        position.end_column
    };
    DiagnosticSpan {
        file_name: position.file,
        byte_start: span.start,
        byte_end: span.end.max(span.start),
        line_start: position.line,
        line_end: position.end_line,
        column_start: position.column,
        column_end: end_column,
        is_primary,
        text: span_lines(sources, span, position.column, end_column),
        label: label.map(sanitize),
        suggested_replacement: None,
        suggestion_applicability: None,
        expansion: None,
    }
}

/// The source lines a span covers, with the highlighted part of each (1-based character columns,
/// end exclusive), as rustc writes them.
fn span_lines(sources: &SourceDb, span: Span, column: usize, end_column: usize) -> Vec<SpanLine> {
    if span.file.0 as usize >= sources.len() {
        return Vec::new();
    }
    let text = &sources.get(span.file).text;
    let start = (span.start as usize).min(text.len());
    let end = (span.end as usize).clamp(start, text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |index| index + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |index| end + index);
    let Some(covered) = text.get(line_start..line_end) else { return Vec::new() };
    let lines: Vec<&str> = covered.split('\n').collect();
    let last = lines.len() - 1;
    lines
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let text = text.strip_suffix('\r').unwrap_or(text);
            let length = text.chars().count() + 1;
            SpanLine {
                text: sanitize(text),
                highlight_start: if index == 0 { column } else { 1 },
                highlight_end: if index == last { end_column } else { length },
            }
        })
        .collect()
}

fn file_path(sources: &SourceDb, span: Span) -> Option<&str> {
    let in_range = (span.file.0 as usize) < sources.len();
    in_range.then(|| sources.get(span.file).display.as_str())
}

/// The package and target a file belongs to: the package whose directory holds the file most
/// closely, and in it the target whose source directory does, a library before other targets.
fn owner<'p>(packages: &'p [Package], file: &Path) -> Option<(&'p Package, &'p Target)> {
    let depth = |dir: Option<&Path>| dir.map_or(0, |dir| dir.components().count());
    let package = packages
        .iter()
        .filter(|package| package.manifest_path.parent().is_some_and(|dir| file.starts_with(dir)))
        .max_by_key(|package| depth(package.manifest_path.parent()))?;
    let target = package
        .targets
        .iter()
        .filter(|target| {
            Path::new(&target.src_path).parent().is_some_and(|dir| file.starts_with(dir))
        })
        .max_by_key(|target| {
            let is_library = target.kind.iter().any(|kind| kind.contains("lib"));
            (depth(Path::new(&target.src_path).parent()), is_library)
        })
        .or_else(|| package.targets.first())?;
    Some((package, target))
}

/// A package for files outside any cargo package (a directory of loose `.rs` files): named after
/// the root directory, with one library target at the first file.
fn loose_package(root: &Path, sources: &SourceDb) -> Package {
    let name = root
        .file_name()
        .map_or_else(|| "workspace".to_string(), |name| name.to_string_lossy().into_owned());
    let src_path = sources
        .iter()
        .next()
        .map_or_else(|| root.to_path_buf(), |(_, file)| root.join(&file.display));
    Package {
        id: format!("path+file://{}#{name}@0.0.0", root.display()),
        manifest_path: root.join("Cargo.toml"),
        targets: vec![Target {
            kind: vec!["lib".to_string()],
            crate_types: vec!["lib".to_string()],
            name: name.replace('-', "_"),
            src_path: src_path.to_string_lossy().into_owned(),
            edition: "2021".to_string(),
            doc: true,
            doctest: true,
            test: true,
        }],
    }
}
