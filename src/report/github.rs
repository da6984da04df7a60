//! GitHub Actions workflow commands (`--format github`): one `::error` or `::warning` line per
//! finding, which GitHub turns into an annotation on the file and line of the pull request.
//!
//! The format is GitHub's "workflow commands": `::error file=F,line=L,...::MESSAGE`. Properties and
//! message are escaped as GitHub's runner unescapes them (`%`, `\r`, `\n` in both; `:` and `,` too in
//! properties), so a file name or message from the checked code can neither end the command early nor
//! inject a second one.

use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Locator, sanitize};

/// Renders one workflow command per finding. `path_prefix` is put before every file (the
/// workspace root relative to the directory the job runs in, with a trailing `/`, or empty), since
/// GitHub resolves annotation files against the repository root.
pub fn render(findings: &[Finding], sources: &SourceDb, path_prefix: &str) -> String {
    let locator = Locator::new(sources);
    let mut out = String::new();
    for finding in findings {
        let command = match finding.level {
            Level::Deny => "error",
            Level::Warn => "warning",
            Level::Allow => continue,
        };
        let position = locator.position(finding.primary.span);
        let file = format!("{path_prefix}{}", position.file);
        let properties = [
            ("file", file),
            ("line", position.line.to_string()),
            ("col", position.column.to_string()),
            ("endLine", position.end_line.to_string()),
            ("endColumn", position.end_column.max(position.column).to_string()),
            ("title", finding.lint.name.to_string()),
        ];
        let properties: Vec<String> = properties
            .iter()
            .map(|(name, value)| format!("{name}={}", escape_property(value)))
            .collect();
        out.push_str(&format!(
            "::{command} {}::{}\n",
            properties.join(","),
            escape_data(&message(finding, &locator, path_prefix))
        ));
    }
    out
}

/// The finding as lines of text: the message, the primary label, the path (its files with
/// `path_prefix` before them), notes and help, the way the human output words them.
pub fn message(finding: &Finding, locator: &Locator<'_>, path_prefix: &str) -> String {
    let mut lines = vec![finding.message.clone(), finding.primary.message.clone()];
    if !finding.path.is_empty() {
        lines.push("the data takes this path:".to_string());
        for (index, step) in finding.path.iter().enumerate() {
            let position = locator.position(step.span);
            lines.push(format!(
                "  {}. {path_prefix}{}:{}:{}: {}",
                index + 1,
                position.file,
                position.line,
                position.column,
                step.message
            ));
        }
    }
    lines.extend(finding.notes.iter().map(|note| format!("note: {note}")));
    lines.extend(finding.help.iter().map(|help| format!("help: {help}")));
    sanitize(&lines.join("\n"))
}

/// Escapes the message of a workflow command, as the runner's `escapeData` does.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value of a workflow command, as the runner's `escapeProperty` does.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_escapes_percent_first_and_line_breaks() {
        assert_eq!(escape_data("100% done\r\nnext"), "100%25 done%0D%0Anext");
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn properties_also_escape_colons_and_commas() {
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
