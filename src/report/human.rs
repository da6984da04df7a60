//! Human diagnostics in rustc's style, rendered by codespan-reporting.

use codespan_reporting::diagnostic::{Diagnostic, Label, LabelStyle, Severity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};

use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Locator, sanitize};

/// Renders every finding; `color` chooses ANSI colors.
pub fn render(findings: &[Finding], sources: &SourceDb, color: bool) -> String {
    let mut files = SimpleFiles::new();
    for (_, file) in sources.iter() {
        files.add(sanitize(&file.display), sanitize(&file.text));
    }
    let locator = Locator::new(sources);
    let config = term::Config::default();
    let mut buffer = if color { termcolor::Buffer::ansi() } else { termcolor::Buffer::no_color() };
    for finding in findings {
        let diagnostic = diagnostic(finding, &locator, sources.is_empty());
        if term::emit_to_write_style(&mut buffer, &config, &files, &diagnostic).is_err() {
            // A span outside its file (which lowering should never produce) still gets reported.
            let fallback = Diagnostic::new(severity(finding.level))
                .with_code(finding.lint.name)
                .with_message(sanitize(&finding.message));
            let _ = term::emit_to_write_style(&mut buffer, &config, &files, &fallback);
        }
    }
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}

fn severity(level: Level) -> Severity {
    match level {
        Level::Deny => Severity::Error,
        Level::Warn => Severity::Warning,
        Level::Allow => Severity::Note,
    }
}

fn diagnostic(finding: &Finding, locator: &Locator<'_>, no_files: bool) -> Diagnostic<usize> {
    let mut labels = Vec::new();
    if !no_files {
        let primary = &finding.primary;
        labels.push(
            Label::new(LabelStyle::Primary, primary.span.file.0 as usize, range(primary.span))
                .with_message(sanitize(&primary.message)),
        );
        for secondary in &finding.secondary {
            labels.push(
                Label::new(
                    LabelStyle::Secondary,
                    secondary.span.file.0 as usize,
                    range(secondary.span),
                )
                .with_message(sanitize(&secondary.message)),
            );
        }
    }
    let mut notes = Vec::new();
    if !finding.path.is_empty() {
        let mut note = String::from("note: the data takes this path:");
        for (index, step) in finding.path.iter().enumerate() {
            let position = locator.position(step.span);
            note.push_str(&format!(
                "\n  {}. {}:{}:{}: {}",
                index + 1,
                position.file,
                position.line,
                position.column,
                sanitize(&step.message)
            ));
        }
        notes.push(note);
    }
    notes.extend(finding.notes.iter().map(|note| format!("note: {}", sanitize(note))));
    if let Some(help) = &finding.help {
        notes.push(format!("help: {}", sanitize(help)));
    }
    Diagnostic::new(severity(finding.level))
        .with_code(finding.lint.name)
        .with_message(sanitize(&finding.message))
        .with_labels(labels)
        .with_notes(notes)
}

fn range(span: crate::model::Span) -> std::ops::Range<usize> {
    span.start as usize..span.end.max(span.start) as usize
}
