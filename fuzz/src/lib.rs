//! What the fuzz targets share: reading a fixture into files, and running the check and every
//! renderer on them while asserting what must hold of any output.
//!
//! A panic the analysis catches (a function or file it could not analyse) becomes an
//! `internal_error` or `unparsable_file` finding rather than a crash, so the assertions below turn
//! those findings back into crashes the fuzzer can see.

use std::path::Path;

use cargo_purpose::driver::{CheckOutcome, FilesConfig, check_files};
use cargo_purpose::report::{self, cargo_message, github, gitlab, human, inventory, json, sarif};
use cargo_purpose::sources::MemoryFiles;

/// Splits `data` into files: a line `//- PATH` starts the file `PATH`; bytes before the first
/// such line are `lib.rs`. Contents stay bytes, so invalid UTF-8 reaches the check.
pub fn fixture(data: &[u8]) -> MemoryFiles {
    let mut files = MemoryFiles::new();
    let mut path = String::from("lib.rs");
    let mut contents: Vec<u8> = Vec::new();
    for line in data.split_inclusive(|byte| *byte == b'\n') {
        if let Some(header) = line.strip_prefix(b"//- ") {
            files.insert(&path, std::mem::take(&mut contents));
            path = String::from_utf8_lossy(header).trim().to_string();
        } else {
            contents.extend_from_slice(line);
        }
    }
    files.insert(&path, contents);
    files
}

/// Checks `files` and renders the outcome in every format, asserting that the analysis
/// contained no internal error and that every output is well formed.
pub fn check_and_render(files: &MemoryFiles) {
    let Ok(outcome) = check_files(files, &FilesConfig::default()) else {
        return;
    };
    for finding in &outcome.findings {
        let internal =
            finding.lint.name == "internal_error" || finding.message.contains("internal error");
        assert!(!internal, "{}", finding.message);
    }
    render_findings(&outcome);
    render_inventory(&outcome);
}

fn render_findings(outcome: &CheckOutcome) {
    let (findings, sources) = (&outcome.findings, &outcome.sources);
    let root = Path::new("");
    let plain = human::render(findings, sources, false);
    assert_no_control_characters(&plain);
    human::render(findings, sources, true);
    let counts = report::counts(findings);
    let totals = json::Totals {
        crates: outcome.stats.crates,
        files: outcome.stats.files,
        counts,
        stats: &outcome.stats,
    };
    assert_json(&json::render(findings, sources, &totals));
    assert_json(&sarif::render(findings, sources, root));
    assert_json(&gitlab::render(findings, sources, ""));
    let github = github::render(findings, sources, "");
    assert_no_control_characters(&github);
    let success = counts.errors == 0;
    for line in cargo_message::render(findings, sources, root, &[], success).lines() {
        assert_json(line);
    }
    assert_no_control_characters(&report::stats_table(&outcome.stats, sources));
}

fn render_inventory(outcome: &CheckOutcome) {
    let built = inventory::build(&inventory::Input::of(outcome));
    assert_json(&inventory::render_json(&built));
    assert_no_control_characters(&inventory::render_markdown(&built, false));
    inventory::render_markdown(&built, true);
    assert_no_control_characters(&inventory::render_mermaid(&built));
    assert_no_control_characters(&inventory::render_dot(&built));
}

fn assert_json(text: &str) {
    if let Err(error) = serde_json::from_str::<serde_json::Value>(text) {
        panic!("not JSON ({error}): {text}");
    }
}

/// Nothing from the checked code may reach a terminal as a control character.
fn assert_no_control_characters(text: &str) {
    let bad = text.chars().find(|c| c.is_control() && *c != '\n' && *c != '\t');
    assert!(bad.is_none(), "control character {bad:?} in output:\n{text}");
}
