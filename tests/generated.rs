//! A generated workspace of about 5,000 lines, checked end to end: the linter must report exactly
//! the flows the generator wrote, at the lines it recorded, and nothing else.
//!
//! This guards the analysis at a scale the UI fixtures do not reach (three crates, deep call
//! chains through every module) with the same workspaces the benchmarks and `docs/performance.md`
//! measure. It is not a timing test.

mod support;

use std::collections::BTreeMap;

use xtask::generate::{GenerateConfig, generate};

#[test]
fn generated_workspace_has_exactly_the_expected_findings() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let generated = generate(&GenerateConfig { lines: 5_000 }, directory.path())
        .expect("the workspace is written");
    assert!(generated.crates >= 2 && generated.lines >= 4_000, "{generated:?}");

    let output = support::run(&["check", ".", "--format", "json", "--quiet"], directory.path());
    assert_eq!(
        output.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the output is JSON");

    let mut reported: BTreeMap<(String, u64, String), usize> = BTreeMap::new();
    for finding in json["findings"].as_array().expect("a list of findings") {
        let location = &finding["location"];
        let key = (
            location["file"].as_str().unwrap_or_default().to_string(),
            location["line"].as_u64().unwrap_or_default(),
            finding["lint"].as_str().unwrap_or_default().to_string(),
        );
        *reported.entry(key).or_default() += 1;
    }
    let mut expected: BTreeMap<(String, u64, String), usize> = BTreeMap::new();
    for finding in &generated.expected {
        let key = (finding.file.clone(), finding.line as u64, "purpose_violation".to_string());
        *expected.entry(key).or_default() += 1;
    }
    assert_eq!(reported, expected);
}

#[test]
fn generation_is_deterministic() {
    let first = tempfile::tempdir().expect("a temporary directory");
    let second = tempfile::tempdir().expect("a temporary directory");
    let config = GenerateConfig { lines: 2_000 };
    generate(&config, first.path()).expect("the workspace is written");
    generate(&config, second.path()).expect("the workspace is written");
    for entry in walkdir::WalkDir::new(first.path()).sort_by_file_name() {
        let entry = entry.expect("a readable entry");
        if entry.file_type().is_file() {
            let relative = entry.path().strip_prefix(first.path()).expect("under the root");
            let theirs =
                std::fs::read(second.path().join(relative)).expect("the same file in both");
            assert!(
                std::fs::read(entry.path()).expect("readable") == theirs,
                "{} differs",
                relative.display()
            );
        }
    }
}

/// Evaluating only the functions that can matter to a finding (`flow/relevance.rs`) must find what
/// evaluating every function finds, with fewer evaluations.
#[test]
fn evaluating_only_relevant_functions_finds_the_same() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    generate(&GenerateConfig { lines: 3_000 }, directory.path()).expect("the workspace is written");
    let check = |extra: &[&str]| {
        let mut args = vec!["check", ".", "--format", "json", "--quiet"];
        args.extend_from_slice(extra);
        let output = support::run(&args, directory.path());
        let json: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("the output is JSON");
        let evaluations = json["stats"]["evaluations"].as_u64().expect("a count of evaluations");
        (json["findings"].clone(), evaluations)
    };
    let (pruned, pruned_evaluations) = check(&[]);
    let (everything, all_evaluations) = check(&["--evaluate-everything"]);
    assert!(pruned.as_array().is_some_and(|findings| !findings.is_empty()));
    assert_eq!(pruned, everything);
    assert!(pruned_evaluations < all_evaluations, "{pruned_evaluations} >= {all_evaluations}");
}
