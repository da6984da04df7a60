//! The three output formats of `cargo purpose check` on one small violating workspace,
//! `tests/fixtures/report/`: snapshots of human, JSON and SARIF output (`tests/snapshots/`), the
//! structure a consumer of JSON or SARIF relies on, fingerprints that survive unrelated edits, and
//! output that is identical from run to run.
//!
//! `INSTA_UPDATE=always cargo test --test output` rewrites the snapshots; read the diff.

mod scratch;
mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use scratch::ScratchDir;
use serde_json::Value;
use support::{binary, repo_root};

fn fixture() -> PathBuf {
    repo_root().join("tests/fixtures/report")
}

/// What the fixture holds: `(file, line)` of each finding, all `purpose_violation` errors, in the
/// order they are reported.
const EXPECTED_FINDINGS: &[(&str, usize)] =
    &[("campaigns/src/lib.rs", 24), ("campaigns/src/lib.rs", 28)];

/// `check WORKSPACE --quiet --format FORMAT`, which must exit 1 (the fixture has errors) and print
/// nothing on stderr; returns stdout.
fn check(workspace: &Path, format: &str) -> String {
    check_with(workspace, format, &[])
}

fn check_with(workspace: &Path, format: &str, environment: &[(&str, &str)]) -> String {
    let mut command = Command::new(binary());
    command
        .args(["check", &workspace.to_string_lossy(), "--quiet", "--color", "never"])
        .args(["--format", format])
        .current_dir(repo_root())
        .env_remove("NO_COLOR")
        .envs(environment.iter().copied());
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "--format {format}: {stderr}");
    assert_eq!(stderr, "", "--format {format}");
    String::from_utf8(output.stdout).unwrap()
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("bad JSON ({error}):\n{text}"))
}

/// The `file://` URI SARIF gives the workspace root, the one absolute path in any of the outputs.
fn sarif_root_uri(sarif: &Value) -> &str {
    sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"].as_str().unwrap()
}

/// The lints `cargo-purpose explain` knows, from the list it prints for an unknown name.
fn explained_lints() -> Vec<String> {
    let output = Command::new(binary()).args(["explain", "no_such_lint"]).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let list = stderr
        .trim_end()
        .split_once("the lints are: ")
        .unwrap_or_else(|| panic!("no list of lints in:\n{stderr}"))
        .1;
    list.split(", ").map(str::to_string).collect()
}

fn as_str(value: &Value) -> &str {
    value.as_str().unwrap_or_else(|| panic!("not a string: {value}"))
}

fn as_usize(value: &Value) -> usize {
    value.as_u64().unwrap_or_else(|| panic!("not a number: {value}")) as usize
}

fn is_relative(file: &str) -> bool {
    !file.is_empty() && Path::new(file).is_relative() && !file.contains(':') && !file.contains('\\')
}

// Snapshots.

#[test]
fn human_output_snapshot() {
    insta::assert_snapshot!("human", check(&fixture(), "human"));
}

#[test]
fn json_output_snapshot() {
    insta::assert_snapshot!("json", check(&fixture(), "json"));
}

#[test]
fn sarif_output_snapshot() {
    let sarif = check(&fixture(), "sarif");
    let root_uri = sarif_root_uri(&parse(&sarif)).to_string();
    let expected_root = format!("{}/", fixture().canonicalize().unwrap().display());
    assert_eq!(root_uri.strip_prefix("file://"), Some(expected_root.as_str()));
    let normalized = sarif.replace(&format!("\"{root_uri}\""), "\"file://[ROOT]/\"");
    insta::assert_snapshot!("sarif", normalized);
}

// Structure.

#[test]
fn json_findings_carry_what_consumers_rely_on() {
    let report = parse(&check(&fixture(), "json"));
    assert_eq!(report["version"], 1);
    let findings = report["findings"].as_array().unwrap();
    let located: Vec<(&str, usize)> = findings
        .iter()
        .map(|finding| {
            (as_str(&finding["location"]["file"]), as_usize(&finding["location"]["line"]))
        })
        .collect();
    assert_eq!(located, EXPECTED_FINDINGS);
    for finding in findings {
        assert_eq!(finding["lint"], "purpose_violation");
        assert_eq!(finding["level"], "error");
        let location = &finding["location"];
        assert!(is_relative(as_str(&location["file"])), "{location}");
        let path = finding["path"].as_array().unwrap();
        assert!(!path.is_empty(), "{finding}");
        for step in path {
            assert!(is_relative(as_str(&step["file"])), "{step}");
            assert!(as_usize(&step["line"]) >= 1, "{step}");
        }
        let last = path.last().unwrap();
        assert_eq!(
            (&last["file"], &last["line"]),
            (&location["file"], &location["line"]),
            "the last step of the path is not on the primary line: {finding}"
        );
        assert!(!as_str(&finding["fingerprint"]).is_empty(), "{finding}");
    }
    assert_eq!(report["summary"]["errors"], EXPECTED_FINDINGS.len());
    assert_eq!(report["summary"]["warnings"], 0);
}

#[test]
fn sarif_log_carries_what_code_scanning_relies_on() {
    let sarif = parse(&check(&fixture(), "sarif"));
    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let rule_ids: Vec<&str> = rules.iter().map(|rule| as_str(&rule["id"])).collect();
    assert_eq!(rule_ids, explained_lints());
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), EXPECTED_FINDINGS.len());
    for result in results {
        let rule_id = as_str(&result["ruleId"]);
        assert_eq!(rules[as_usize(&result["ruleIndex"])]["id"], rule_id, "{result}");
        let artifact = &result["locations"][0]["physicalLocation"]["artifactLocation"];
        assert!(is_relative(as_str(&artifact["uri"])), "{artifact}");
        assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
        let steps = result["codeFlows"][0]["threadFlows"][0]["locations"].as_array().unwrap();
        assert!(!steps.is_empty(), "{result}");
        assert!(!as_str(&result["partialFingerprints"]["purposeFinding/v1"]).is_empty());
    }
}

#[test]
fn sarif_and_json_agree_on_locations_and_fingerprints() {
    let json = parse(&check(&fixture(), "json"));
    let sarif = parse(&check(&fixture(), "sarif"));
    let from_json: Vec<(&str, &Value, &str)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            let location = &finding["location"];
            (as_str(&location["file"]), &location["line"], as_str(&finding["fingerprint"]))
        })
        .collect();
    let from_sarif: Vec<(&str, &Value, &str)> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            let physical = &result["locations"][0]["physicalLocation"];
            (
                as_str(&physical["artifactLocation"]["uri"]),
                &physical["region"]["startLine"],
                as_str(&result["partialFingerprints"]["purposeFinding/v1"]),
            )
        })
        .collect();
    assert_eq!(from_json, from_sarif);
}

// Fingerprints and determinism.

/// A copy of the fixture with a blank line inserted at the top of every file.
fn shifted_copy() -> ScratchDir {
    let copy = ScratchDir::new("shifted-fixture");
    for entry in walkdir::WalkDir::new(fixture()).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let relative = entry.path().strip_prefix(fixture()).unwrap().to_string_lossy();
            let text = std::fs::read_to_string(entry.path()).unwrap();
            copy.write(&relative, format!("\n{text}"));
        }
    }
    copy
}

/// `(file, line, fingerprint)` of each JSON finding.
fn fingerprinted(json: &str) -> Vec<(String, usize, String)> {
    parse(json)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            let location = &finding["location"];
            (
                as_str(&location["file"]).to_string(),
                as_usize(&location["line"]),
                as_str(&finding["fingerprint"]).to_string(),
            )
        })
        .collect()
}

#[test]
fn fingerprints_survive_lines_inserted_above() {
    let copy = shifted_copy();
    let original = fingerprinted(&check(&fixture(), "json"));
    let shifted = fingerprinted(&check(copy.path(), "json"));
    assert_eq!(original.len(), EXPECTED_FINDINGS.len());
    assert_eq!(shifted.len(), original.len());
    for ((file, line, fingerprint), (shifted_file, shifted_line, shifted_fingerprint)) in
        original.iter().zip(&shifted)
    {
        assert_eq!(shifted_file, file);
        assert_eq!(*shifted_line, line + 1, "the copy's lines did not move");
        assert_eq!(shifted_fingerprint, fingerprint, "{file}:{line}: the fingerprint changed");
    }
    let distinct: BTreeSet<&String> =
        original.iter().map(|(.., fingerprint)| fingerprint).collect();
    assert_eq!(distinct.len(), original.len(), "two findings share a fingerprint");
}

#[test]
fn sarif_fingerprints_survive_lines_inserted_above() {
    let copy = shifted_copy();
    let partial_fingerprints = |sarif: &str| -> Vec<String> {
        parse(sarif)["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|result| as_str(&result["partialFingerprints"]["purposeFinding/v1"]).to_string())
            .collect()
    };
    let original = partial_fingerprints(&check(&fixture(), "sarif"));
    let shifted = partial_fingerprints(&check(copy.path(), "sarif"));
    assert_eq!(original.len(), EXPECTED_FINDINGS.len());
    assert_eq!(shifted, original);
}

#[test]
fn output_is_identical_from_run_to_run() {
    for format in ["human", "json", "sarif"] {
        let first = check(&fixture(), format);
        let second = check(&fixture(), format);
        assert!(first == second, "--format {format} differs between two runs");
    }
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    for format in ["human", "json", "sarif"] {
        let one = check_with(&fixture(), format, &[("RAYON_NUM_THREADS", "1")]);
        let eight = check_with(&fixture(), format, &[("RAYON_NUM_THREADS", "8")]);
        assert!(one == eight, "--format {format} differs between 1 and 8 threads");
    }
}
