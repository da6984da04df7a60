//! The CI integrations: GitHub workflow commands (`--format github`), GitLab Code Quality
//! (`--format gitlab`), SARIF validated against the official SARIF 2.1.0 schema and checked for what
//! GitHub code scanning needs, the composite action (`action.yml`), and the pre-commit hook
//! (`.pre-commit-hooks.yaml`), run through the real `pre-commit` when it is installed.

mod scratch;
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scratch::ScratchDir;
use serde_json::Value;
use support::{binary, repo_root};

fn fixture() -> PathBuf {
    repo_root().join("tests/fixtures/report")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}

/// The binary in `cwd` with `args`, without the CI variables of the machine running the tests.
fn run_in(cwd: &Path, args: &[&str], environment: &[(&str, &str)]) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_WORKSPACE")
        .env_remove("CI_PROJECT_DIR")
        .envs(environment.iter().copied())
        .output()
        .expect("the binary runs")
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("bad JSON ({error}):\n{text}"))
}

/// The violating library of `tests/cli.rs`: the sink call is on line 17, columns 5 to 33.
const VIOLATING_LIBRARY: &str = "\
//! A user's phone, collected for two-factor authentication, and an ads upload.
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct User {
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(contact: &str) {
    let _ = contact;
}

pub fn sync(user: &User) {
    upload_audience(&user.phone);
}
";

// GitHub workflow commands.

const HELP: &str = "help: pass only data whose collection purpose allows `ad_targeting`, or remove \
                    this flow; if `security` data may be used for `ad_targeting`, change the policy";

#[test]
fn github_format_prints_one_error_command_per_finding() {
    let output =
        run_in(&repo_root(), &["check", "tests/fixtures/report", "--format", "github"], &[]);
    assert_eq!(output.status.code(), Some(1));
    let prefix = "tests/fixtures/report/";
    let expected = format!(
        "::error file={prefix}campaigns/src/lib.rs,line=24,col=5,endLine=24,endColumn=34,\
         title=purpose_violation::data collected for `security` reaches a function used for \
         `ad_targeting`%0A`Account.two_factor_phone` enters `upload_audience` here%0A\
         the data takes this path:%0A\
         \x20 1. {prefix}campaigns/src/lib.rs:22:54: `Account.two_factor_phone` is read here%0A\
         \x20 2. {prefix}campaigns/src/lib.rs:22:26: passed to `to_e164`%0A\
         \x20 3. {prefix}campaigns/src/normalize.rs:5:9: assigned to `digits`%0A\
         \x20 4. {prefix}campaigns/src/normalize.rs:6:5: formatted by `format!`%0A\
         \x20 5. {prefix}campaigns/src/lib.rs:22:26: returned from `to_e164`%0A\
         \x20 6. {prefix}campaigns/src/lib.rs:22:9: stored by `push`%0A\
         \x20 7. {prefix}campaigns/src/lib.rs:24:5: reaches `upload_audience` here%0A\
         {HELP}\n\
         ::error file={prefix}campaigns/src/lib.rs,line=28,col=5,endLine=28,endColumn=63,\
         title=purpose_violation::data collected for `security` reaches a function used for \
         `ad_targeting`%0A`Account.two_factor_phone` enters `send_conversion` here%0A\
         the data takes this path:%0A\
         \x20 1. {prefix}campaigns/src/lib.rs:28:46: `Account.two_factor_phone` is read here%0A\
         \x20 2. {prefix}campaigns/src/lib.rs:28:5: reaches `send_conversion` here%0A\
         {HELP}\n"
    );
    assert_eq!(text(&output.stdout), expected);
}

#[test]
fn github_paths_are_relative_to_the_checkout_in_github_workspace() {
    // In a job, GITHUB_WORKSPACE is the repository's checkout: annotations must name files from
    // there, wherever the job's current directory is.
    let checkout = repo_root().join("tests");
    let output = run_in(
        &fixture(),
        &["check", "--format", "github"],
        &[("GITHUB_WORKSPACE", &checkout.to_string_lossy())],
    );
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with("::error file=fixtures/report/campaigns/src/lib.rs,line=24,"),
        "{stdout}"
    );
    let at_the_root = run_in(&fixture(), &["check", "--format", "github"], &[]);
    assert!(text(&at_the_root.stdout).starts_with("::error file=campaigns/src/lib.rs,line=24,"));
}

#[test]
fn github_format_escapes_file_names_and_messages() {
    let dir = ScratchDir::new("github-escape");
    dir.write("odd,name:100%.rs", VIOLATING_LIBRARY);
    dir.write("line\nbreak.rs", VIOLATING_LIBRARY);
    let output = run_in(dir.path(), &["check", "--format", "github", "--quiet"], &[]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one command per finding, each on one line:\n{stdout}");
    // Properties escape `%`, line breaks, `:` and `,`; the message escapes `%` and line breaks.
    assert!(
        lines[0].starts_with(
            "::error file=line%0Abreak.rs,line=17,col=5,endLine=17,endColumn=33,\
             title=purpose_violation::"
        ),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("%0A  1. line%0Abreak.rs:17:27: `User.phone` is read here%0A"));
    assert!(
        lines[1].starts_with(
            "::error file=odd%2Cname%3A100%25.rs,line=17,col=5,endLine=17,endColumn=33,\
             title=purpose_violation::"
        ),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("%0A  1. odd,name:100%25.rs:17:27: `User.phone` is read here%0A"));
}

#[test]
fn github_format_writes_warnings_as_warning_commands() {
    let dir = ScratchDir::new("github-warning");
    dir.write("lib.rs", VIOLATING_LIBRARY);
    let output =
        run_in(dir.path(), &["check", "--format", "github", "-W", "purpose_violation", "-q"], &[]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with(
            "::warning file=lib.rs,line=17,col=5,endLine=17,endColumn=33,title=purpose_violation::"
        ),
        "{stdout}"
    );
}

// GitLab Code Quality.

#[test]
fn gitlab_format_is_a_code_quality_report() {
    let output = run_in(
        &fixture(),
        &["check", "--format", "gitlab", "--quiet"],
        &[("CI_PROJECT_DIR", &repo_root().to_string_lossy())],
    );
    assert_eq!(output.status.code(), Some(1));
    let report = parse(&text(&output.stdout));
    let issues = report.as_array().expect("an array of issues");
    assert_eq!(issues.len(), 2);
    let located: Vec<(&str, u64)> = issues
        .iter()
        .map(|issue| {
            let location = &issue["location"];
            (location["path"].as_str().unwrap(), location["lines"]["begin"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(
        located,
        [
            ("tests/fixtures/report/campaigns/src/lib.rs", 24),
            ("tests/fixtures/report/campaigns/src/lib.rs", 28)
        ]
    );
    for issue in issues {
        let keys: Vec<&String> = issue.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["check_name", "description", "fingerprint", "location", "severity"]);
        assert_eq!(issue["check_name"], "purpose_violation");
        assert_eq!(issue["severity"], "major");
        assert!(
            issue["description"].as_str().unwrap().starts_with(
                "data collected for `security` reaches a function used for `ad_targeting`: "
            ),
            "{issue}"
        );
    }
    assert_ne!(issues[0]["fingerprint"], issues[1]["fingerprint"]);
    // The fingerprints are the ones JSON and SARIF give, so every format tracks a finding alike.
    let json = parse(&text(&run_in(&fixture(), &["check", "--format", "json", "-q"], &[]).stdout));
    let json_fingerprints: Vec<&Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| &finding["fingerprint"])
        .collect();
    let gitlab_fingerprints: Vec<&Value> =
        issues.iter().map(|issue| &issue["fingerprint"]).collect();
    assert_eq!(gitlab_fingerprints, json_fingerprints);
}

#[test]
fn gitlab_format_gives_warnings_minor_severity_and_a_clean_run_an_empty_array() {
    let dir = ScratchDir::new("gitlab-warning");
    dir.write("lib.rs", VIOLATING_LIBRARY);
    let warned =
        run_in(dir.path(), &["check", "--format", "gitlab", "-W", "purpose_violation", "-q"], &[]);
    assert_eq!(warned.status.code(), Some(0));
    let report = parse(&text(&warned.stdout));
    assert_eq!(report[0]["severity"], "minor");
    assert_eq!(report[0]["location"]["path"], "lib.rs");
    let allowed =
        run_in(dir.path(), &["check", "--format", "gitlab", "-A", "purpose_violation", "-q"], &[]);
    assert_eq!(allowed.status.code(), Some(0));
    assert_eq!(parse(&text(&allowed.stdout)), serde_json::json!([]));
}

// SARIF against the official schema, and what GitHub code scanning needs.

/// The pattern the official schema gives the `language` of a run and of a tool component: a `]`
/// without its `[`, which ECMA 262's Unicode mode (and so a JSON Schema validator that checks the
/// `regex` format of the schema itself) refuses. With the `]` escaped it means what it meant; our
/// logs never set a language.
const BROKEN_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
const ESCAPED_LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$";

fn sarif_validator() -> jsonschema::Validator {
    let path = repo_root().join("tests/schemas/sarif-schema-2.1.0.json");
    let mut schema = parse(&std::fs::read_to_string(path).unwrap());
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    );
    let mut escaped = 0;
    for definition in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][definition]["properties"]["language"]["pattern"];
        if *language == BROKEN_LANGUAGE_PATTERN {
            *language = Value::from(ESCAPED_LANGUAGE_PATTERN);
            escaped += 1;
        }
    }
    assert_eq!(escaped, 2, "the vendored schema changed: see BROKEN_LANGUAGE_PATTERN");
    // Formats (`uri`, `uri-reference`, `date-time`) are checked too, not only structure.
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the schema compiles")
}

fn assert_valid_sarif(sarif: &Value, what: &str) {
    let validator = sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(sarif)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: the SARIF log breaks the schema:\n{}", errors.join("\n"));
    // Read back into the types generated from the schema, and written again: nothing is lost.
    let typed: serde_sarif::sarif::Sarif =
        serde_json::from_value(sarif.clone()).unwrap_or_else(|error| panic!("{what}: {error}"));
    let written = serde_json::to_value(&typed).unwrap();
    assert_eq!(&written, sarif, "{what}: the SARIF log does not round-trip through serde-sarif");
}

fn sarif_of(workspace: &Path, extra: &[&str]) -> Value {
    let path = workspace.to_string_lossy();
    let mut args = vec!["check", path.as_ref(), "--format", "sarif", "--quiet"];
    args.extend_from_slice(extra);
    let output = run_in(&repo_root(), &args, &[]);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{}", text(&output.stderr));
    parse(&text(&output.stdout))
}

#[test]
fn sarif_output_is_valid_against_the_sarif_2_1_0_schema() {
    assert_valid_sarif(&sarif_of(&fixture(), &[]), "tests/fixtures/report");
    assert_valid_sarif(&sarif_of(&repo_root().join("examples/twitter-2fa-ads"), &[]), "example");
    // Warnings, and a log with no result.
    assert_valid_sarif(&sarif_of(&fixture(), &["-W", "purpose_violation"]), "warnings");
    assert_valid_sarif(&sarif_of(&fixture(), &["-A", "purpose_violation"]), "no result");
}

#[test]
fn the_schema_check_catches_an_invalid_log() {
    let mut sarif = sarif_of(&fixture(), &[]);
    sarif["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!sarif_validator().is_valid(&sarif), "a level outside the enum must fail");
}

#[test]
fn sarif_carries_what_github_code_scanning_needs() {
    let sarif = sarif_of(&fixture(), &[]);
    let driver = &sarif["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "cargo-purpose");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let repository = env!("CARGO_PKG_REPOSITORY");
    assert_eq!(driver["informationUri"], repository);
    for rule in driver["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        assert_eq!(rule["helpUri"], format!("{repository}/blob/main/lints/{id}.md"));
        assert!(repo_root().join(format!("lints/{id}.md")).is_file(), "no catalog page for {id}");
        assert!(!rule["shortDescription"]["text"].as_str().unwrap().is_empty());
        assert!(!rule["fullDescription"]["text"].as_str().unwrap().is_empty());
        assert!(rule["help"]["markdown"].as_str().unwrap().starts_with(&format!("# {id}\n")));
        assert!(rule["help"]["text"].is_string());
    }
    for result in sarif["runs"][0]["results"].as_array().unwrap() {
        assert!(result["ruleId"].is_string());
        let fingerprint = &result["partialFingerprints"]["purposeFinding/v1"];
        assert!(!fingerprint.as_str().unwrap().is_empty());
        let artifact = &result["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
        let uri = artifact["uri"].as_str().unwrap();
        assert!(!uri.starts_with('/') && !uri.contains("://"), "{uri}");
        assert!(result["message"]["text"].is_string());
    }
}

// The composite action.

fn read(relative: &str) -> String {
    std::fs::read_to_string(repo_root().join(relative))
        .unwrap_or_else(|error| panic!("cannot read {relative}: {error}"))
}

#[test]
fn the_action_installs_from_its_own_checkout_checks_and_uploads_sarif() {
    let action = read("action.yml");
    for expected in [
        "using: composite",
        "cargo install --locked --path \"$ACTION_PATH\"",
        "ACTION_PATH: ${{ github.action_path }}",
        "--format sarif",
        "github/codeql-action/upload-sarif@",
        "sarif_file:",
        "exit-status",
    ] {
        assert!(action.contains(expected), "action.yml lacks `{expected}`");
    }
    // The check's status is kept for the last step, so findings still fail the job after upload.
    assert!(action.contains("exit \"$status\"") || action.contains("exit $status"), "{action}");
}

// Pre-commit.

#[test]
fn the_pre_commit_hook_checks_the_whole_workspace_with_the_rust_toolchain() {
    let hooks = read(".pre-commit-hooks.yaml");
    for expected in [
        "- id: cargo-purpose\n",
        "  language: rust\n",
        "  entry: cargo-purpose check\n",
        "  pass_filenames: false\n",
        "  types: [rust]\n",
    ] {
        assert!(hooks.contains(expected), ".pre-commit-hooks.yaml lacks `{expected}`:\n{hooks}");
    }
}

/// `git` in `dir`, with an identity of its own so that commits work on any machine.
fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=cargo-purpose tests", "-c", "user.email=tests@example.invalid"])
        .args(["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(status.status.success(), "git {args:?}: {}", text(&status.stderr));
}

fn on_path(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok_and(|output| output.status.success())
}

/// A hook repository with the shipped hook definition, changed only so that pre-commit runs the
/// binary these tests built instead of building it with `cargo install` (minutes per run).
fn test_hook_repository() -> ScratchDir {
    let hooks = read(".pre-commit-hooks.yaml");
    let entry = format!("  entry: {} check\n", binary().display());
    let for_tests = hooks
        .replace("  language: rust\n", "  language: system\n")
        .replace("  entry: cargo-purpose check\n", &entry);
    assert_ne!(for_tests, hooks);
    let repository = ScratchDir::new("hook-repository");
    repository.write(".pre-commit-hooks.yaml", for_tests);
    git(repository.path(), &["init", "-q"]);
    git(repository.path(), &["add", "."]);
    git(repository.path(), &["commit", "-q", "-m", "hooks"]);
    repository
}

#[test]
fn pre_commit_runs_the_hook_on_a_repository() {
    if !on_path("pre-commit") || !on_path("git") {
        println!("skipped: `pre-commit` or `git` is not on PATH (`pip install pre-commit`)");
        return;
    }
    let hooks = test_hook_repository();
    let project = ScratchDir::new("pre-commit-project");
    project.write(
        "Cargo.toml",
        "[package]\nname = \"project\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    );
    project.write("src/lib.rs", "pub mod ads;\n");
    project.write("src/ads.rs", VIOLATING_LIBRARY);
    git(project.path(), &["init", "-q"]);
    git(project.path(), &["add", "."]);
    let pre_commit_home = ScratchDir::new("pre-commit-home");
    let try_repo = || {
        Command::new("pre-commit")
            .args(["try-repo", &hooks.path().to_string_lossy(), "cargo-purpose", "--all-files"])
            .current_dir(project.path())
            .env("PRE_COMMIT_HOME", pre_commit_home.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("pre-commit runs")
    };
    let failing = try_repo();
    let report = format!("{}{}", text(&failing.stdout), text(&failing.stderr));
    assert_eq!(failing.status.code(), Some(1), "{report}");
    assert!(report.contains("error[purpose_violation]"), "{report}");
    assert!(report.contains("src/ads.rs:17:5"), "{report}");

    project.write("src/ads.rs", VIOLATING_LIBRARY.replace("&user.phone", "&user.display_name"));
    git(project.path(), &["add", "."]);
    let passing = try_repo();
    let report = format!("{}{}", text(&passing.stdout), text(&passing.stderr));
    assert_eq!(passing.status.code(), Some(0), "{report}");
    assert!(report.contains("Passed"), "{report}");
}
