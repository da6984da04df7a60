//! End-to-end tests of inputs that are broken or hostile: each gets a clear message, and the rest
//! of the workspace is still checked. Files that cannot be read, module paths and symbolic links
//! that lead outside the workspace, broken manifests and configuration, and an internal error in
//! the analysis of one function.

mod scratch;
mod support;

use std::path::Path;
use std::process::Output;

use scratch::ScratchDir;
use serde_json::Value;
use support::run;

/// A crate root that declares the modules `MODULES` (inserted at the top), and sends the phone to
/// the ads upload on [`SINK_LINE`] counted from the end of the declarations.
const ROOT: &str = "\
pub struct User {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload(contact: &str) {
    let _ = contact;
}

pub fn sync(user: &User) {
    upload(&user.phone);
}

pub fn resync(user: &User) {
    upload(&user.phone);
}
";

/// The lines of `ROOT` where the sink is called, after `declarations` lines of declarations.
fn sink_lines(declarations: usize) -> [usize; 2] {
    [12 + declarations, 16 + declarations]
}

fn package(dir: &ScratchDir, modules: &[&str]) {
    dir.write(
        "Cargo.toml",
        "[package]\nname = \"scratch\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    );
    let declarations: String = modules.iter().map(|line| format!("{line}\n")).collect();
    dir.write("src/lib.rs", format!("{declarations}{ROOT}"));
}

fn check(dir: &Path, extra: &[&str]) -> (Output, Vec<Value>) {
    let mut args = vec!["check", ".", "--format", "json", "--quiet"];
    args.extend_from_slice(extra);
    let output = run(&args, dir);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    (output, findings)
}

/// `(file, line, lint, message, help)` of each finding, in output order.
fn described(findings: &[Value]) -> Vec<(String, u64, String, String, String)> {
    let text = |value: &Value| value.as_str().unwrap_or_default().to_string();
    findings
        .iter()
        .map(|finding| {
            let location = &finding["location"];
            (
                text(&location["file"]),
                location["line"].as_u64().unwrap_or_default(),
                text(&finding["lint"]),
                text(&finding["message"]),
                text(&finding["help"]),
            )
        })
        .collect()
}

fn violations_at(lines: [usize; 2]) -> Vec<(String, u64)> {
    lines.iter().map(|line| ("src/lib.rs".to_string(), *line as u64)).collect()
}

fn violations(findings: &[Value]) -> Vec<(String, u64)> {
    described(findings)
        .into_iter()
        .filter(|(_, _, lint, _, _)| lint == "purpose_violation")
        .map(|(file, line, ..)| (file, line))
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn files_that_cannot_be_read_are_each_reported_with_what_to_do() {
    let dir = ScratchDir::new("unreadable");
    let modules = ["mod latin1;", "mod dangling;", "mod looped;", "mod pipe;", "mod folder;"];
    package(&dir, &modules);
    dir.write("src/latin1.rs", b"pub fn f() -> &'static str { \"caf\xe9\" }\n");
    std::os::unix::fs::symlink("nowhere.rs", dir.join("src/dangling.rs")).unwrap();
    std::os::unix::fs::symlink("looped.rs", dir.join("src/looped.rs")).unwrap();
    let status = std::process::Command::new("mkfifo").arg(dir.join("src/pipe.rs")).status();
    assert!(status.is_ok_and(|status| status.success()), "mkfifo failed");
    std::fs::create_dir_all(dir.join("src/folder.rs")).unwrap();

    let (output, findings) = check(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let unreadable: Vec<(String, String, String)> = described(&findings)
        .into_iter()
        .filter(|(_, _, lint, _, _)| lint == "unparsable_file")
        .map(|(file, _, _, message, help)| (file, message, help))
        .collect();
    let expected = [
        (
            "src/dangling.rs",
            "cannot read the file: No such file or directory (os error 2)",
            "restore the file (a symbolic link must lead to a file that exists), or exclude it",
        ),
        (
            "src/folder.rs",
            "this is not a regular file, so it was not read",
            "put a regular file at this path, or exclude it",
        ),
        (
            "src/latin1.rs",
            "the file is not valid UTF-8",
            "save the file as UTF-8, as rustc requires, or exclude it",
        ),
        (
            "src/looped.rs",
            "cannot read the file: Too many levels of symbolic links (os error 40)",
            "make the file readable by the user running the check (a symbolic link must not loop), or exclude it",
        ),
        (
            "src/pipe.rs",
            "this is not a regular file, so it was not read",
            "put a regular file at this path, or exclude it",
        ),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(file, message, help)| (file.to_string(), message.to_string(), help.to_string()))
        .collect();
    assert_eq!(unreadable, expected);
    assert_eq!(violations(&findings), violations_at(sink_lines(modules.len())));
}

#[test]
fn a_file_without_read_permission_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = ScratchDir::new("no-permission");
    package(&dir, &["mod secret;"]);
    let secret = dir.write("src/secret.rs", "pub fn f() {}\n");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        // A superuser reads every file whatever its mode, so there is nothing to observe.
        eprintln!("skipped: this user can read a file of mode 000 (running as root?)");
        return;
    }
    let (output, findings) = check(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    let first = &described(&findings)[0];
    assert_eq!((first.0.as_str(), first.2.as_str()), ("src/secret.rs", "unparsable_file"));
    assert!(first.3.starts_with("cannot read the file: Permission denied"), "{}", first.3);
    assert_eq!(violations(&findings), violations_at(sink_lines(1)));
}

#[test]
fn module_paths_and_links_leading_outside_the_workspace_are_reported_not_read() {
    let dir = ScratchDir::new("escape");
    let modules = [
        "#[path = \"../../../../../../../../../../etc/passwd\"]",
        "mod passwd;",
        "#[path = \"/etc/hostname\"]",
        "mod absolute;",
        "mod linked;",
    ];
    package(&dir, &modules);
    std::os::unix::fs::symlink("/etc/passwd", dir.join("src/linked.rs")).unwrap();

    let (output, findings) = check(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    let outside: Vec<(u64, String)> = described(&findings)
        .into_iter()
        .filter(|(_, _, lint, _, _)| lint == "missing_module")
        .map(|(_, line, _, message, _)| (line, message))
        .collect();
    let message = |name: &str| {
        format!("file for module `{name}` lies outside the workspace and was not read")
    };
    assert_eq!(outside, [(2, message("passwd")), (4, message("absolute")), (5, message("linked"))]);
    assert_eq!(violations(&findings), violations_at(sink_lines(modules.len())));
    let all = serde_json::to_string(&findings).unwrap();
    assert!(!all.contains("root:"), "the content of /etc/passwd reached the output");
}

#[test]
fn an_internal_error_in_one_function_is_reported_and_the_rest_is_checked() {
    let dir = ScratchDir::new("internal-error");
    package(&dir, &[]);
    let (output, findings) = check(dir.path(), &["--inject-panic-in", "sync"]);
    assert_eq!(output.status.code(), Some(1));
    let described = described(&findings);
    let [internal, violation] = described.as_slice() else { panic!("{described:#?}") };
    assert_eq!((internal.0.as_str(), internal.1), ("src/lib.rs", 11));
    assert_eq!(internal.2, "internal_error");
    assert_eq!(
        internal.3,
        "internal error while analysing `sync`: panic injected into the analysis of `sync` for \
         testing"
    );
    let [_, resync] = sink_lines(0);
    assert_eq!((violation.1, violation.2.as_str()), (resync as u64, "purpose_violation"));
}

#[test]
fn a_missing_manifest_exits_2_and_names_it() {
    let dir = ScratchDir::new("missing-manifest");
    let output = run(&["check", "--manifest-path", "nowhere/Cargo.toml"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: `nowhere/Cargo.toml` does not exist; pass a workspace directory, a manifest or a \
         `.rs` file\n"
    );
}

#[test]
fn a_workspace_member_that_does_not_exist_exits_2_and_names_it() {
    let dir = ScratchDir::new("missing-member");
    dir.write("Cargo.toml", "[workspace]\nmembers = [\"present\", \"gone\"]\nresolver = \"2\"\n");
    dir.write(
        "present/Cargo.toml",
        "[package]\nname = \"present\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
    );
    dir.write("present/src/lib.rs", ROOT);
    let output = run(&["check", "."], dir.path());
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr(&output);
    assert!(stderr.starts_with("error: cargo could not read the workspace at `"), "{stderr}");
    assert!(stderr.contains("failed to load manifest for workspace member"), "{stderr}");
    assert!(stderr.contains("gone/Cargo.toml"), "{stderr}");
}

#[test]
fn an_invalid_purpose_toml_exits_2_and_points_at_the_mistake() {
    let dir = ScratchDir::new("invalid-config");
    package(&dir, &[]);
    dir.write("purpose.toml", "[purposes.security]\nforbid = [\"ad_targeting\"]\n");
    let output = run(&["check", ".", "--color", "never"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr(&output);
    assert!(stderr.contains("purpose.toml"), "{stderr}");
    assert!(stderr.contains("unknown key `forbid`"), "{stderr}");
    assert!(stderr.contains("did you mean `forbids`?"), "{stderr}");
}

/// A file name and a suppression reason full of characters that mean something in the output
/// formats: quotes, backslashes, pipes, angle brackets, backticks, a newline and an escape.
fn hostile_names(dir: &ScratchDir) -> &'static str {
    let name = "we|ird \"name\" <b>`x`\\.rs";
    let reason = "legal | ok <script>alert(1)</script> \\\"q\\\" \\n next \\u{1b}[31m red";
    let suppressed = format!(
        "#[purpose::suppress(purpose_violation, reason = \"{reason}\")]\npub fn resync(user: &User) {{\n    upload(&user.phone);\n}}\n"
    );
    let source =
        ROOT.replace("pub fn resync(user: &User) {\n    upload(&user.phone);\n}\n", &suppressed);
    dir.write(name, source);
    name
}

#[test]
fn names_from_the_checked_code_are_escaped_in_json_sarif_and_markdown() {
    let dir = ScratchDir::new("hostile-names");
    let name = hostile_names(&dir);

    let (output, findings) = check(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(described(&findings)[0].0, name, "JSON keeps the file name exactly");

    let sarif = run(&["check", ".", "--format", "sarif", "--quiet"], dir.path());
    let sarif: Value = serde_json::from_slice(&sarif.stdout).expect("SARIF is JSON");
    let location = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"], "we%7Cird%20%22name%22%20%3Cb%3E%60x%60%5C.rs",
        "a SARIF URI is percent-encoded"
    );

    let markdown = run(&["inventory", ".", "--format", "markdown", "--quiet"], dir.path());
    let markdown = String::from_utf8(markdown.stdout).expect("UTF-8");
    assert!(!markdown.contains('\u{1b}'), "{markdown}");
    let row = markdown
        .lines()
        .find(|line| line.contains("legal"))
        .unwrap_or_else(|| panic!("no suppression row:\n{markdown}"));
    assert!(
        row.starts_with("| `purpose_violation` | legal \\| ok \\<script\\>alert(1)\\</script\\>"),
        "{row}"
    );
    assert!(row.contains("<br> next ?\\[31m red"), "the newline stays inside the row: {row}");
    let cells = row.replace("\\|", "").matches('|').count();
    assert_eq!(cells, 5, "four cells, none split by a pipe from the code: {row}");
}
