//! `cargo purpose check --message-format json`: cargo's JSON message stream, as rust-analyzer's
//! `check.overrideCommand` reads it. Every line is parsed with `cargo_metadata::Message`, the types
//! rust-analyzer itself parses them with, and the spans are checked against the files they name.

mod scratch;
mod support;

use std::path::Path;

use cargo_metadata::Message;
use cargo_metadata::diagnostic::{DiagnosticLevel, DiagnosticSpan};
use scratch::ScratchDir;
use support::{repo_root, run};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}

/// Every line of `stdout` as a cargo message; a line that is not one fails the test.
fn messages(stdout: &str) -> Vec<Message> {
    assert!(stdout.ends_with('\n'), "the stream ends with a line break");
    stdout
        .lines()
        .map(|line| {
            assert!(line.starts_with('{') && line.ends_with('}'), "not one JSON object: {line}");
            serde_json::from_str::<Message>(line)
                .unwrap_or_else(|error| panic!("not a cargo message ({error}): {line}"))
        })
        .collect()
}

/// The text a span covers, read from the file it names relative to `root`, by its byte offsets.
fn covered<'a>(
    root: &Path,
    span: &DiagnosticSpan,
    files: &'a mut Vec<(String, String)>,
) -> &'a str {
    let position = match files.iter().position(|(name, _)| *name == span.file_name) {
        Some(position) => position,
        None => {
            let path = root.join(&span.file_name);
            let contents = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{} cannot be opened: {error}", path.display()));
            files.push((span.file_name.clone(), contents));
            files.len() - 1
        }
    };
    &files[position].1[span.byte_start as usize..span.byte_end as usize]
}

/// Checks a span against its file: the byte range, the lines and columns and the quoted lines agree.
fn assert_span_matches_file(root: &Path, span: &DiagnosticSpan) {
    let mut files = Vec::new();
    let covered_text = covered(root, span, &mut files).to_string();
    let contents = &files[0].1;
    let before = &contents[..span.byte_start as usize];
    assert_eq!(span.line_start, before.matches('\n').count() + 1, "{span:?}");
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    assert_eq!(span.column_start, before[line_start..].chars().count() + 1, "{span:?}");
    let first_line = contents[line_start..].lines().next().unwrap_or("");
    assert_eq!(span.text[0].text, first_line, "{span:?}");
    assert_eq!(span.text[0].highlight_start, span.column_start);
    if span.line_start == span.line_end {
        assert_eq!(span.column_end - span.column_start, covered_text.chars().count(), "{span:?}");
        assert_eq!(span.text[0].highlight_end, span.column_end);
    }
}

#[test]
fn message_format_json_is_cargos_message_stream() {
    let fixture = repo_root().join("tests/fixtures/report");
    let output = run(&["check", "tests/fixtures/report", "--message-format", "json"], &repo_root());
    assert_eq!(output.status.code(), Some(1));
    let messages = messages(&text(&output.stdout));
    assert_eq!(messages.len(), 3, "two findings and build-finished");
    let Some(Message::BuildFinished(finished)) = messages.last() else {
        panic!("the last message is not build-finished: {:?}", messages.last())
    };
    assert!(!finished.success);

    let human = text(&run(&["check", "tests/fixtures/report", "-q"], &repo_root()).stdout);
    let mut rendered = String::new();
    let expected_primary = [(24, 5, "upload_audience(&identifiers)"), (28, 5, "send_conversion(")];
    for (message, (line, column, starts_with)) in messages.iter().zip(expected_primary) {
        let Message::CompilerMessage(message) = message else {
            panic!("not a compiler message: {message:?}")
        };
        assert_eq!(message.target.name, "campaigns");
        assert_eq!(
            message.target.src_path.as_std_path(),
            fixture.join("campaigns/src/lib.rs").canonicalize().unwrap()
        );
        assert!(message.package_id.repr.contains("campaigns"), "{}", message.package_id);
        let diagnostic = &message.message;
        assert_eq!(diagnostic.level, DiagnosticLevel::Error);
        assert_eq!(diagnostic.code.as_ref().unwrap().code, "purpose_violation");
        assert_eq!(
            diagnostic.message,
            "data collected for `security` reaches a function used for `ad_targeting`"
        );

        // rust-analyzer opens `file_name` relative to the workspace root, as cargo writes it.
        let primary: Vec<&DiagnosticSpan> =
            diagnostic.spans.iter().filter(|span| span.is_primary).collect();
        assert_eq!(primary.len(), 1);
        let primary = primary[0];
        assert_eq!(primary.file_name, "campaigns/src/lib.rs");
        assert_eq!((primary.line_start, primary.column_start), (line, column));
        let mut files = Vec::new();
        assert!(covered(&fixture, primary, &mut files).starts_with(starts_with));
        assert!(primary.label.as_ref().unwrap().starts_with("`Account.two_factor_phone` enters `"));
        let secondary: Vec<&str> = diagnostic
            .spans
            .iter()
            .filter(|span| !span.is_primary)
            .map(|span| span.file_name.as_str())
            .collect();
        assert!(secondary.contains(&"accounts/src/lib.rs"), "{secondary:?}");
        for span in &diagnostic.spans {
            assert_span_matches_file(&fixture, span);
        }

        // The path: one note per step, each with its span; then the help.
        let (steps, rest): (Vec<_>, Vec<_>) =
            diagnostic.children.iter().partition(|child| !child.spans.is_empty());
        assert!(!steps.is_empty());
        for (index, step) in steps.iter().enumerate() {
            assert_eq!(step.level, DiagnosticLevel::Note);
            let prefix = format!("path, step {} of {}: ", index + 1, steps.len());
            assert!(step.message.starts_with(&prefix), "{}", step.message);
            assert_span_matches_file(&fixture, &step.spans[0]);
        }
        assert_eq!(steps[0].spans[0].file_name, "campaigns/src/lib.rs");
        let last = &steps.last().unwrap().spans[0];
        assert_eq!((last.line_start, last.column_start), (line, column));
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].level, DiagnosticLevel::Help);

        rendered.push_str(diagnostic.rendered.as_deref().unwrap());
    }
    // `rendered` is what the human output prints for the finding.
    assert_eq!(rendered, human);
}

#[test]
fn message_format_json_keeps_the_fields_cargo_writes() {
    let output =
        run(&["check", "tests/fixtures/report", "--message-format", "json", "-q"], &repo_root());
    let first: serde_json::Value =
        serde_json::from_str(text(&output.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["reason"], "compiler-message");
    let manifest = first["manifest_path"].as_str().unwrap();
    assert!(manifest.ends_with("tests/fixtures/report/campaigns/Cargo.toml"), "{manifest}");
    assert_eq!(first["message"]["$message_type"], "diagnostic");
    let span = &first["message"]["spans"][0];
    for field in ["suggested_replacement", "suggestion_applicability", "expansion", "label", "text"]
    {
        assert!(span.get(field).is_some(), "the span lacks `{field}`: {span}");
    }
    assert_eq!(first["message"]["code"]["explanation"], serde_json::Value::Null);
}

#[test]
fn a_clean_workspace_gives_only_a_successful_build_finished() {
    let dir = ScratchDir::new("messages-clean");
    dir.write("lib.rs", "pub fn add(a: u32, b: u32) -> u32 {\n    a + b\n}\n");
    let output = run(&["check", "--message-format", "json", "--quiet"], dir.path());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), "{\"reason\":\"build-finished\",\"success\":true}\n");
}

#[test]
fn warnings_are_warning_diagnostics_and_the_build_succeeds() {
    let dir = ScratchDir::new("messages-warning");
    dir.write(
        "lib.rs",
        "use purpose::{ad_targeting, Purpose};\n\n#[derive(Purpose)]\npub struct User {\n    \
         #[collected_for(security)]\n    pub phone: String,\n}\n\n#[ad_targeting]\npub fn \
         upload(contact: &str) {\n    let _ = contact;\n}\n\npub fn sync(user: &User) {\n    \
         upload(&user.phone);\n}\n",
    );
    let output =
        run(&["check", "--message-format", "json", "-W", "purpose_violation", "-q"], dir.path());
    assert_eq!(output.status.code(), Some(0));
    let messages = messages(&text(&output.stdout));
    let Message::CompilerMessage(message) = &messages[0] else { panic!("{messages:?}") };
    assert_eq!(message.message.level, DiagnosticLevel::Warning);
    assert_eq!(message.message.spans[0].file_name, "lib.rs");
    assert_span_matches_file(dir.path(), &message.message.spans[0]);
    let Message::BuildFinished(finished) = &messages[1] else { panic!("{messages:?}") };
    assert!(finished.success);
}

#[test]
fn message_format_json_and_another_format_are_refused() {
    let output = run(
        &["check", "tests/fixtures/report", "--message-format", "json", "--format", "sarif"],
        &repo_root(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    assert_eq!(
        text(&output.stderr),
        "error: `--message-format json` and `--format sarif` both choose the output; pass one of \
         them\n"
    );
    // `--format human` is the default, so writing it out changes nothing.
    let output = run(
        &["check", "tests/fixtures/report", "--message-format", "json", "--format", "human", "-q"],
        &repo_root(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).starts_with("{\"reason\":\"compiler-message\""));
}

#[test]
fn editors_md_gives_the_override_command() {
    let page = std::fs::read_to_string(repo_root().join("docs/editors.md")).unwrap();
    assert!(page.contains(
        "\"rust-analyzer.check.overrideCommand\": [\"cargo\", \"purpose\", \"check\", \
         \"--message-format\", \"json\"]"
    ));
}
