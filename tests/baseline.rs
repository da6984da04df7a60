//! The baseline (`--write-baseline`, `--baseline`) and the lint level flags (`-A`, `-W`, `-D`,
//! `--deny-warnings`), end to end through the real binary on small projects written to temporary
//! directories.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use support::run;

const BASELINE: &str = "purpose-baseline.json";

/// Two violations, one per function: the phone and the recovery email both reach the ads sink.
const TWO_VIOLATIONS: &str = r#"use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn upload_audience(identifier: &str) {
    let _ = identifier;
}

pub fn sync_phones(account: &Account) {
    upload_audience(&account.phone);
}

pub fn sync_emails(account: &Account) {
    upload_audience(&account.recovery_email);
}
"#;

/// `TWO_VIOLATIONS` after unrelated edits: blank lines and a comment at the top, and the two
/// functions in the other order.
const TWO_VIOLATIONS_MOVED: &str = r#"


// A comment that moves every line down.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub fn sync_emails(account: &Account) {
    upload_audience(&account.recovery_email);
}

#[ad_targeting]
pub fn upload_audience(identifier: &str) {
    let _ = identifier;
}

pub fn sync_phones(account: &Account) {
    upload_audience(&account.phone);
}
"#;

/// A project whose only finding is a warning: a module without a file.
const MISSING_MODULE: &str = "mod reports;\n\npub fn run() {}\n";

/// A project in a fresh temporary directory, removed when dropped.
struct Project {
    root: PathBuf,
}

impl Project {
    fn new(name: &str, lib_rs: &str) -> Project {
        let root = std::env::temp_dir()
            .join(format!("cargo-purpose-baseline-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("src")).unwrap();
        let project = Project { root };
        project.write_lib(lib_rs);
        project
    }

    fn write_lib(&self, lib_rs: &str) {
        std::fs::write(self.root.join("src/lib.rs"), lib_rs).unwrap();
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    /// Runs `cargo-purpose check ARGS` in the project's directory.
    fn check(&self, args: &[&str]) -> Output {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        run(&all, &self.root)
    }

    fn write_baseline(&self) -> serde_json::Value {
        let output = self.check(&["--write-baseline", BASELINE]);
        assert_eq!(status(&output), 0, "{}", stderr(&output));
        read_json(&self.path(BASELINE))
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn status(output: &Output) -> i32 {
    output.status.code().expect("the binary exits with a status")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("bad JSON ({error}):\n{text}"))
}

/// The findings of a `--format json` run as (line, lint).
fn json_findings(output: &Output) -> Vec<(u64, String)> {
    let report: serde_json::Value = serde_json::from_str(&stdout(output)).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| {
            let line = finding["location"]["line"].as_u64().unwrap();
            (line, finding["lint"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn writing_a_baseline_records_every_finding_and_exits_0() {
    let project = Project::new("write", TWO_VIOLATIONS);
    let output = project.check(&["--write-baseline", BASELINE]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "", "the findings are recorded, not reported");
    assert_eq!(stderr(&output), format!("wrote 2 findings to {BASELINE}\n"));

    let baseline = read_json(&project.path(BASELINE));
    assert_eq!(baseline["version"], 1);
    let findings = baseline["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    let described: Vec<(&str, &str, &str, &str, &str)> = findings
        .iter()
        .map(|entry| {
            (
                entry["lint"].as_str().unwrap(),
                entry["file"].as_str().unwrap(),
                entry["function"].as_str().unwrap(),
                entry["field"].as_str().unwrap(),
                entry["sink"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        described,
        [
            (
                "purpose_violation",
                "src/lib.rs",
                "sync_emails",
                "Account.recovery_email",
                "upload_audience"
            ),
            ("purpose_violation", "src/lib.rs", "sync_phones", "Account.phone", "upload_audience"),
        ],
        "sorted by file, lint and function, not by line"
    );
    for entry in findings {
        let fingerprint = entry["fingerprint"].as_str().unwrap();
        assert!(fingerprint.len() == 16 && fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(
            entry["message"],
            "data collected for `security` reaches a function used for `ad_targeting`"
        );
    }
    assert_ne!(findings[0]["fingerprint"], findings[1]["fingerprint"]);

    let first = std::fs::read(project.path(BASELINE)).unwrap();
    project.write_baseline();
    assert_eq!(std::fs::read(project.path(BASELINE)).unwrap(), first, "the file is deterministic");
}

#[test]
fn the_baseline_fingerprints_are_the_json_fingerprints() {
    let project = Project::new("same-fingerprints", TWO_VIOLATIONS);
    let baseline = project.write_baseline();
    let mut in_baseline: Vec<&str> = baseline["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["fingerprint"].as_str().unwrap())
        .collect();
    in_baseline.sort();
    let output = project.check(&["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let mut in_json: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["fingerprint"].as_str().unwrap())
        .collect();
    in_json.sort();
    assert_eq!(in_baseline, in_json);
}

#[test]
fn a_check_with_its_baseline_reports_nothing_and_exits_0() {
    let project = Project::new("clean", TWO_VIOLATIONS);
    project.write_baseline();
    let output = project.check(&["--baseline", BASELINE]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    let stderr = stderr(&output);
    assert!(stderr.contains("0 errors, 0 warnings"), "{stderr}");
    assert!(stderr.contains(&format!("left out 2 findings known to the baseline `{BASELINE}`")));
    assert!(!stderr.contains("fixed:"), "{stderr}");
}

#[test]
fn quiet_leaves_out_the_baseline_summary() {
    let project = Project::new("quiet", TWO_VIOLATIONS);
    project.write_baseline();
    let output = project.check(&["--baseline", BASELINE, "--quiet"]);
    assert_eq!(status(&output), 0);
    assert_eq!(stderr(&output), "");
}

#[test]
fn a_new_violation_is_the_only_one_reported_and_fails_the_check() {
    let project = Project::new("new", TWO_VIOLATIONS);
    project.write_baseline();
    let added =
        "\npub fn sync_again(account: &Account) {\n    upload_audience(&account.phone);\n}\n";
    project.write_lib(&format!("{TWO_VIOLATIONS}{added}"));
    let new_line = TWO_VIOLATIONS.lines().count() as u64 + 3;

    let output = project.check(&["--baseline", BASELINE, "--format", "json"]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert_eq!(json_findings(&output), [(new_line, "purpose_violation".to_string())]);
    assert!(stderr(&output).contains("left out 2 findings known to the baseline"));

    let human = project.check(&["--baseline", BASELINE]);
    assert_eq!(status(&human), 1);
    assert_eq!(stdout(&human).matches("error[purpose_violation]").count(), 1);
    assert!(stdout(&human).contains(&format!("src/lib.rs:{new_line}:")), "{}", stdout(&human));
}

#[test]
fn a_second_identical_call_in_the_same_function_is_new() {
    let project = Project::new("duplicate", TWO_VIOLATIONS);
    project.write_baseline();
    let doubled = TWO_VIOLATIONS.replace(
        "    upload_audience(&account.phone);\n",
        "    upload_audience(&account.phone);\n    upload_audience(&account.phone);\n",
    );
    project.write_lib(&doubled);
    let output = project.check(&["--baseline", BASELINE, "--format", "json"]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert_eq!(json_findings(&output).len(), 1, "{}", stdout(&output));

    let rewritten = project.write_baseline();
    let in_baseline: std::collections::BTreeSet<&str> = rewritten["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(in_baseline.len(), 3, "the two identical calls have different fingerprints");
}

#[test]
fn inserted_lines_and_reordered_functions_keep_the_baseline_matching() {
    let project = Project::new("moved", TWO_VIOLATIONS);
    let before = project.write_baseline();
    project.write_lib(TWO_VIOLATIONS_MOVED);
    let output = project.check(&["--baseline", BASELINE]);
    assert_eq!(status(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert_eq!(stdout(&output), "");
    let stderr = stderr(&output);
    assert!(stderr.contains("left out 2 findings known to the baseline"), "{stderr}");
    assert!(!stderr.contains("fixed:"), "{stderr}");
    assert_eq!(project.write_baseline(), before, "a refreshed baseline does not change");
}

#[test]
fn a_removed_violation_is_listed_as_fixed() {
    let project = Project::new("fixed", TWO_VIOLATIONS);
    project.write_baseline();
    project
        .write_lib(&TWO_VIOLATIONS.replace("&account.recovery_email", "&account.id.to_string()"));
    let output = project.check(&["--baseline", BASELINE]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    let stderr = stderr(&output);
    assert!(stderr.contains("left out 1 finding known to the baseline"), "{stderr}");
    assert!(
        stderr.contains(
            "fixed: src/lib.rs: purpose_violation Account.recovery_email -> upload_audience\n"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("Account.phone"), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "1 baseline entry no longer occurs; refresh the baseline with `--write-baseline {BASELINE}`"
        )),
        "{stderr}"
    );
}

#[test]
fn a_malformed_baseline_exits_2_naming_the_file() {
    let project = Project::new("malformed", TWO_VIOLATIONS);
    std::fs::write(project.path(BASELINE), "{\"version\": 1, \"findings\": [").unwrap();
    let output = project.check(&["--baseline", BASELINE]);
    assert_eq!(status(&output), 2);
    assert_eq!(stdout(&output), "", "no findings are reported without a usable baseline");
    let stderr = stderr(&output);
    assert!(
        stderr
            .starts_with(&format!("error: the baseline `{BASELINE}` is not a valid baseline file")),
        "{stderr}"
    );
}

#[test]
fn a_baseline_of_another_version_exits_2_naming_the_file() {
    let project = Project::new("version", TWO_VIOLATIONS);
    std::fs::write(project.path(BASELINE), "{\"version\": 7, \"findings\": []}").unwrap();
    let output = project.check(&["--baseline", BASELINE]);
    assert_eq!(status(&output), 2);
    assert!(
        stderr(&output).contains(&format!("`{BASELINE}` has version 7")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_missing_baseline_exits_2_naming_the_file() {
    let project = Project::new("missing", TWO_VIOLATIONS);
    let output = project.check(&["--baseline", "no-such-baseline.json"]);
    assert_eq!(status(&output), 2);
    let stderr = stderr(&output);
    assert!(
        stderr.starts_with("error: cannot read the baseline `no-such-baseline.json`"),
        "{stderr}"
    );
}

#[test]
fn json_and_sarif_contain_only_new_findings() {
    let project = Project::new("formats", TWO_VIOLATIONS);
    project.write_baseline();
    let added =
        "\npub fn sync_again(account: &Account) {\n    upload_audience(&account.phone);\n}\n";
    project.write_lib(&format!("{TWO_VIOLATIONS}{added}"));

    let json = project.check(&["--baseline", BASELINE, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
    assert_eq!(report["summary"]["errors"], 1);

    let sarif = project.check(&["--baseline", BASELINE, "--format", "sarif"]);
    assert_eq!(status(&sarif), 1);
    let log: serde_json::Value = serde_json::from_str(&stdout(&sarif)).unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 1);
}

#[test]
fn warnings_are_recorded_and_left_out_too() {
    let project = Project::new("warning", MISSING_MODULE);
    let baseline = project.write_baseline();
    let entry = &baseline["findings"][0];
    assert_eq!(entry["lint"], "missing_module");
    assert_eq!(entry["field"], serde_json::Value::Null);
    let output = project.check(&["--baseline", BASELINE, "--deny-warnings"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
}

#[test]
fn a_check_that_cannot_run_writes_no_baseline() {
    let project = Project::new("cannot-run", TWO_VIOLATIONS);
    let output = project.check(&["no/such/dir", "--write-baseline", BASELINE]);
    assert_eq!(status(&output), 2);
    assert!(!project.path(BASELINE).exists());
}

#[test]
fn a_baseline_cannot_be_read_and_written_at_once() {
    let project = Project::new("conflict", TWO_VIOLATIONS);
    let output = project.check(&["--baseline", BASELINE, "--write-baseline", BASELINE]);
    assert_eq!(status(&output), 2);
}

// Lint levels on the command line.

#[test]
fn an_unknown_lint_name_exits_2_with_a_suggestion() {
    let project = Project::new("unknown-close", TWO_VIOLATIONS);
    let output = project.check(&["-A", "purpose_violaton"]);
    assert_eq!(status(&output), 2);
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "error: unknown lint `purpose_violaton`\n  = help: did you mean `purpose_violation`?\n"
    );
}

#[test]
fn an_unknown_lint_name_far_from_every_lint_exits_2_listing_them() {
    let project = Project::new("unknown-far", TWO_VIOLATIONS);
    let output = project.check(&["--warn", "missing_module", "--deny", "everything"]);
    assert_eq!(status(&output), 2);
    let stderr = stderr(&output);
    assert!(stderr.starts_with("error: unknown lint `everything`\n"), "{stderr}");
    assert!(stderr.contains("the lints are: "), "{stderr}");
    assert!(!stderr.contains("did you mean"), "{stderr}");
}

#[test]
fn deny_warnings_as_a_lint_name_points_to_the_flag() {
    let project = Project::new("unknown-warnings", MISSING_MODULE);
    let output = project.check(&["-D", "warnings"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("use `--deny-warnings`"), "{}", stderr(&output));
}

#[test]
fn allow_silences_a_lint() {
    let project = Project::new("allow", TWO_VIOLATIONS);
    let output = project.check(&["-A", "purpose_violation"]);
    assert_eq!(status(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("0 errors, 0 warnings"), "{}", stderr(&output));
}

#[test]
fn warn_reports_a_lint_without_failing() {
    let project = Project::new("warn", TWO_VIOLATIONS);
    let output = project.check(&["--warn", "purpose-violation"]);
    assert_eq!(status(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert_eq!(stdout(&output).matches("warning[purpose_violation]").count(), 2);
    assert!(stderr(&output).contains("0 errors, 2 warnings"), "{}", stderr(&output));
}

#[test]
fn deny_makes_a_warning_lint_fail_the_check() {
    let project = Project::new("deny", MISSING_MODULE);
    assert_eq!(status(&project.check(&[])), 0, "missing_module warns by default");
    let output = project.check(&["-D", "missing_module"]);
    assert_eq!(status(&output), 1, "{}{}", stdout(&output), stderr(&output));
    assert!(stdout(&output).contains("error[missing_module]"), "{}", stdout(&output));
}

#[test]
fn deny_warnings_makes_warnings_fail_the_check() {
    let project = Project::new("deny-warnings", MISSING_MODULE);
    let output = project.check(&["--deny-warnings"]);
    assert_eq!(status(&output), 1, "{}{}", stdout(&output), stderr(&output));
    assert!(stdout(&output).contains("[missing_module]"), "{}", stdout(&output));
}

#[test]
fn the_level_written_last_wins_across_flags() {
    let project = Project::new("order", TWO_VIOLATIONS);
    let allowed_last = project.check(&["-D", "purpose_violation", "--allow", "purpose_violation"]);
    assert_eq!(status(&allowed_last), 0, "{}", stdout(&allowed_last));
    let denied_last = project.check(&[
        "-A",
        "purpose_violation",
        "-W",
        "purpose_violation",
        "-D",
        "purpose_violation",
    ]);
    assert_eq!(status(&denied_last), 1, "{}", stdout(&denied_last));
}

#[test]
fn allowed_findings_are_not_written_to_the_baseline() {
    let project = Project::new("allow-baseline", TWO_VIOLATIONS);
    let output = project.check(&["-A", "purpose_violation", "--write-baseline", BASELINE]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(read_json(&project.path(BASELINE))["findings"], serde_json::json!([]));
}
