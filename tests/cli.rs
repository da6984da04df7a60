//! End-to-end tests of the `cargo-purpose` binary: exit statuses, the cargo subcommand form, how the
//! workspace is chosen, `explain`, `--help`, the summary line, colors, escaping of control
//! characters, and what the check must never do (run build scripts, read files outside the checked
//! directory).

mod scratch;
mod support;

use std::path::Path;
use std::process::{Command, Output};

use scratch::ScratchDir;
use support::{Expectations, binary, findings, repo_root, run};

/// A user's phone, collected for two-factor authentication, and an ads upload that receives
/// `ARGUMENT` on [`SINK_LINE`].
const LIBRARY: &str = "\
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
    upload_audience(ARGUMENT);
}
";

/// The line of `LIBRARY` where the sink is called.
const SINK_LINE: usize = 17;

fn library(argument: &str) -> String {
    LIBRARY.replace("ARGUMENT", argument)
}

/// Sends the phone to the ads upload.
fn violating_library() -> String {
    library("&user.phone")
}

/// Sends only the display name, which was not collected for a purpose.
fn clean_library() -> String {
    library("&user.display_name")
}

/// A cargo package that is a workspace of its own, with `lib` as `src/lib.rs`.
fn cargo_package(dir: &ScratchDir, lib: &str) {
    dir.write(
        "Cargo.toml",
        "[package]\nname = \"scratch\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    );
    dir.write("src/lib.rs", lib);
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}

/// `(file, line, level, lint)` of every finding, as the markers of `tests/support` spell them.
fn expect(entries: &[(&str, usize, &str, &str)]) -> Expectations {
    let mut expected = Expectations::new();
    for (file, line, level, lint) in entries {
        let key = (file.to_string(), *line, level.to_string(), lint.to_string());
        *expected.entry(key).or_default() += 1;
    }
    expected
}

/// `check PATH --format json --quiet` (plus `extra`) in `cwd`: the exit status and the findings.
fn check_json(path: &Path, extra: &[&str], cwd: &Path) -> (Option<i32>, Expectations) {
    let path = path.to_string_lossy();
    let mut args = vec!["check", path.as_ref(), "--format", "json", "--quiet"];
    args.extend_from_slice(extra);
    let output = run(&args, cwd);
    assert!(output.stderr.is_empty(), "unexpected stderr:\n{}", text(&output.stderr));
    (output.status.code(), findings(&text(&output.stdout)))
}

/// Asserts that `stderr` is exactly the summary line
/// `checked {crates_and_files} in {seconds}s: {counts}`, whatever the time.
fn assert_summary(stderr: &str, crates_and_files: &str, counts: &str) {
    let prefix = format!("checked {crates_and_files} in ");
    let suffix = format!("s: {counts}\n");
    let seconds = stderr
        .strip_prefix(&prefix)
        .and_then(|rest| rest.strip_suffix(&suffix))
        .unwrap_or_else(|| panic!("not the expected summary line:\n{stderr}"));
    let (whole, fraction) = seconds.split_once('.').unwrap_or_else(|| panic!("{stderr}"));
    assert!(
        whole.parse::<u64>().is_ok() && fraction.len() == 2 && fraction.parse::<u64>().is_ok(),
        "the time is not written as seconds with two decimals:\n{stderr}"
    );
}

// Exit statuses.

#[test]
fn a_clean_workspace_exits_0_and_prints_no_finding() {
    let dir = ScratchDir::new("clean");
    cargo_package(&dir, &clean_library());
    let output = run(&["check", "--color", "never"], dir.path());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), "");
    assert_summary(&text(&output.stderr), "1 crate, 1 file", "0 errors, 0 warnings");
}

#[test]
fn a_violation_exits_1() {
    let dir = ScratchDir::new("violation");
    cargo_package(&dir, &violating_library());
    let (status, found) = check_json(dir.path(), &[], dir.path());
    assert_eq!(status, Some(1));
    assert_eq!(found, expect(&[("src/lib.rs", SINK_LINE, "error", "purpose_violation")]));
}

#[test]
fn a_nonexistent_path_exits_2_and_names_the_path() {
    let dir = ScratchDir::new("nonexistent");
    let output = run(&["check", "no/such/workspace"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    assert_eq!(
        text(&output.stderr),
        "error: `no/such/workspace` does not exist; pass a workspace directory, a manifest or a \
         `.rs` file\n"
    );
}

#[test]
fn a_broken_manifest_exits_2_and_names_the_manifest() {
    let dir = ScratchDir::new("broken-manifest");
    let manifest = dir.write("Cargo.toml", "[package\nname = \"broken\"\n");
    dir.write("src/lib.rs", violating_library());
    let output = run(&["check", &dir.path().to_string_lossy()], &repo_root());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    let stderr = text(&output.stderr);
    let expected_start =
        format!("error: cargo could not read the workspace at `{}`: ", manifest.display());
    assert!(stderr.starts_with(&expected_start), "{stderr}");
}

#[test]
fn an_unknown_flag_exits_2() {
    let output = run(&["check", "--no-such-flag"], &repo_root());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("error: unexpected argument '--no-such-flag' found\n"), "{stderr}");
}

// Choosing what to check.

#[test]
fn the_cargo_subcommand_form_checks_like_check() {
    let dir = ScratchDir::new("subcommand");
    cargo_package(&dir, &violating_library());
    let path = dir.path().to_string_lossy();
    let direct = run(&["check", &path, "--color", "never", "--quiet"], &repo_root());
    let through_cargo =
        run(&["purpose", "check", &path, "--color", "never", "--quiet"], &repo_root());
    assert_eq!(direct.status.code(), Some(1));
    assert!(text(&direct.stdout).starts_with("error[purpose_violation]: "));
    assert_eq!(through_cargo.status.code(), direct.status.code());
    assert_eq!(text(&through_cargo.stdout), text(&direct.stdout));
    assert_eq!(text(&through_cargo.stderr), "");
}

#[test]
fn manifest_path_checks_that_workspace() {
    let dir = ScratchDir::new("manifest-path");
    cargo_package(&dir, &violating_library());
    let manifest = dir.join("Cargo.toml");
    let output = run(
        &["check", "--manifest-path", &manifest.to_string_lossy(), "--format", "json", "--quiet"],
        &repo_root(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        findings(&text(&output.stdout)),
        expect(&[("src/lib.rs", SINK_LINE, "error", "purpose_violation")])
    );
}

#[test]
fn the_project_toolchain_file_does_not_choose_the_cargo_that_reads_it() {
    let dir = ScratchDir::new("toolchain-file");
    cargo_package(&dir, &violating_library());
    // Under rustup, a toolchain that is not installed makes any cargo started in this directory
    // fail (or be downloaded); a `path` toolchain would run the project's own binaries.
    dir.write("rust-toolchain.toml", "[toolchain]\nchannel = \"0.0.1-not-installed\"\n");
    let output = Command::new(binary())
        .args(["check", "--format", "json", "--quiet"])
        .current_dir(dir.path())
        .env_remove("CARGO")
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert_eq!(
        findings(&text(&output.stdout)),
        expect(&[("src/lib.rs", SINK_LINE, "error", "purpose_violation")])
    );
}

#[test]
fn timings_lists_every_phase_with_its_items() {
    let dir = ScratchDir::new("timings");
    cargo_package(&dir, &violating_library());
    let output = run(&["check", "--timings", "--quiet", "--format", "json"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    let rows: Vec<(String, String)> = stderr
        .lines()
        .skip(1)
        .map(|line| {
            let (name, rest) = line.split_at(21);
            let items = rest.split_once("s  ").map_or("", |(_, items)| items);
            (name.trim().to_string(), items.to_string())
        })
        .collect();
    let expected = [
        ("discover", "1 crates"),
        ("read, parse and lower", "1 files"),
        ("resolve", "2 functions"),
        ("flow", "2 evaluations"),
        ("policy", "1 findings"),
        ("report", "1 findings"),
        ("total", ""),
    ];
    let expected: Vec<(String, String)> =
        expected.iter().map(|(name, items)| (name.to_string(), items.to_string())).collect();
    assert_eq!(rows, expected, "{stderr}");
}

#[test]
fn included_files_are_read_and_those_that_cannot_be_are_reported() {
    let dir = ScratchDir::new("include");
    let includes = "include!(\"exports.rs\");\n\
                    mod nested {\n    include!(\"nested_exports.rs\");\n}\n\
                    include!(concat!(env!(\"OUT_DIR\"), \"/generated.rs\"));\n\
                    include!(\"missing.rs\");\n\
                    include!(\"../../outside.rs\");\n";
    cargo_package(&dir, &format!("{}{includes}", clean_library()));
    dir.write(
        "src/exports.rs",
        "pub fn export(user: &User) {\n    upload_audience(&user.phone);\n}\n",
    );
    dir.write(
        "src/nested_exports.rs",
        "pub fn export(user: &crate::User) {\n    crate::upload_audience(&user.phone);\n}\n",
    );
    let (status, found) = check_json(dir.path(), &[], dir.path());
    assert_eq!(status, Some(1));
    let includes_at = LIBRARY.lines().count() + 1;
    assert_eq!(
        found,
        expect(&[
            ("src/exports.rs", 2, "error", "purpose_violation"),
            ("src/nested_exports.rs", 2, "error", "purpose_violation"),
            ("src/lib.rs", includes_at + 4, "warn", "missing_module"),
            ("src/lib.rs", includes_at + 5, "warn", "missing_module"),
            ("src/lib.rs", includes_at + 6, "warn", "missing_module"),
        ])
    );
}

#[cfg(unix)]
#[test]
fn a_crate_root_linked_from_outside_the_workspace_is_reported_not_read() {
    let dir = ScratchDir::new("linked-root");
    let outside = ScratchDir::new("linked-root-target");
    let target = outside.write("lib.rs", violating_library());
    dir.write(
        "Cargo.toml",
        "[package]\nname = \"scratch\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    );
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("src/lib.rs")).unwrap();
    let (status, found) = check_json(dir.path(), &[], dir.path());
    assert_eq!(status, Some(1));
    // The violation in the linked file is not reported: the file was never read.
    assert_eq!(found, expect(&[("src/lib.rs", 1, "error", "unparsable_file")]));
}

#[test]
fn no_path_checks_the_workspace_in_the_current_directory() {
    let dir = ScratchDir::new("current-dir");
    cargo_package(&dir, &violating_library());
    let output = run(&["check", "--format", "json", "--quiet"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        findings(&text(&output.stdout)),
        expect(&[("src/lib.rs", SINK_LINE, "error", "purpose_violation")])
    );
}

// Unparsable files.

#[test]
fn an_unparsable_file_is_reported_and_its_siblings_are_still_checked() {
    let dir = ScratchDir::new("unparsable");
    dir.write("broken.rs", "//! A draft that does not parse yet.\npub fn draft( {}\n");
    dir.write("campaign.rs", violating_library());
    let (status, found) = check_json(dir.path(), &[], dir.path());
    assert_eq!(status, Some(1));
    assert_eq!(
        found,
        expect(&[
            ("broken.rs", 2, "error", "unparsable_file"),
            ("campaign.rs", SINK_LINE, "error", "purpose_violation"),
        ])
    );
}

// Test code.

/// Production code sends only the display name; the unit test sends the phone.
fn library_with_a_test_sending_the_phone() -> String {
    clean_library()
        + "
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_a_phone_shaped_value() {
        let user = User { display_name: \"Ada\".into(), phone: \"+15550100\".into() };
        upload_audience(&user.phone);
    }
}
"
}

/// The line of the sink call in the test module of [`library_with_a_test_sending_the_phone`].
const TEST_SINK_LINE: usize = 27;

#[test]
fn test_code_is_not_checked_by_default() {
    let dir = ScratchDir::new("cfg-test-default");
    cargo_package(&dir, &library_with_a_test_sending_the_phone());
    let (status, found) = check_json(dir.path(), &[], dir.path());
    assert_eq!(status, Some(0));
    assert_eq!(found, expect(&[]));
}

#[test]
fn include_tests_checks_test_code() {
    let dir = ScratchDir::new("cfg-test-included");
    cargo_package(&dir, &library_with_a_test_sending_the_phone());
    let (status, found) = check_json(dir.path(), &["--include-tests"], dir.path());
    assert_eq!(status, Some(1));
    assert_eq!(found, expect(&[("src/lib.rs", TEST_SINK_LINE, "error", "purpose_violation")]));
}

// `explain`.

fn lint_names() -> Vec<&'static str> {
    cargo_purpose::policy::lints::ALL.iter().map(|lint| lint.name).collect()
}

#[test]
fn explain_prints_the_catalog_page() {
    let output = run(&["explain", "purpose_violation"], &repo_root());
    assert_eq!(output.status.code(), Some(0));
    let page = std::fs::read_to_string(repo_root().join("lints/purpose_violation.md")).unwrap();
    assert!(page.starts_with("# purpose_violation\n"));
    assert_eq!(text(&output.stdout), page);
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn explain_accepts_the_name_with_dashes() {
    let dashed = run(&["explain", "purpose-violation"], &repo_root());
    let underscored = run(&["explain", "purpose_violation"], &repo_root());
    assert_eq!(dashed.status.code(), Some(0));
    assert_eq!(text(&dashed.stdout), text(&underscored.stdout));
}

#[test]
fn explain_of_an_unknown_lint_exits_2_and_lists_the_lints() {
    let output = run(&["explain", "nope"], &repo_root());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    assert_eq!(
        text(&output.stderr),
        format!("error: no lint named `nope`; the lints are: {}\n", lint_names().join(", "))
    );
    assert!(lint_names().contains(&"purpose_violation"));
}

// `--version` and `--help`.

#[test]
fn version_exits_0_and_prints_the_version() {
    let output = run(&["--version"], &repo_root());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), format!("cargo-purpose {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_exits_0_and_states_the_exit_statuses() {
    let output = run(&["--help"], &repo_root());
    assert_eq!(output.status.code(), Some(0));
    let help = text(&output.stdout);
    assert!(
        help.contains(
            "Exit status: 0 no error-level finding, 1 error-level findings (or warnings with \
             --deny-warnings),\n2 the check could not run."
        ),
        "{help}"
    );
}

// The summary line.

#[test]
fn the_summary_line_goes_to_stderr() {
    let dir = ScratchDir::new("summary");
    cargo_package(&dir, &violating_library());
    let output = run(&["check", "--color", "never"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert_summary(&text(&output.stderr), "1 crate, 1 file", "1 error, 0 warnings");
    assert!(!text(&output.stdout).contains("checked"));
}

#[test]
fn quiet_removes_the_summary_line() {
    let dir = ScratchDir::new("quiet");
    cargo_package(&dir, &violating_library());
    let loud = run(&["check", "--color", "never"], dir.path());
    let quiet = run(&["check", "--color", "never", "--quiet"], dir.path());
    assert_eq!(quiet.status.code(), Some(1));
    assert_eq!(text(&quiet.stderr), "");
    assert_eq!(text(&quiet.stdout), text(&loud.stdout));
}

// Colors.

const ESC: u8 = 0x1b;

/// The binary with NO_COLOR as given (`None`: unset) and stdout a pipe.
fn human_output(dir: &Path, color: &str, no_color: Option<&str>) -> Output {
    let mut command = Command::new(binary());
    command.args(["check", "--quiet", "--color", color]).current_dir(dir).env_remove("NO_COLOR");
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    command.output().unwrap()
}

#[test]
fn color_always_colors_human_output() {
    let dir = ScratchDir::new("color-always");
    cargo_package(&dir, &violating_library());
    let output = human_output(dir.path(), "always", None);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.contains(&ESC), "{}", text(&output.stdout));
}

#[test]
fn color_never_and_auto_on_a_pipe_do_not_color() {
    let dir = ScratchDir::new("color-never");
    cargo_package(&dir, &violating_library());
    for color in ["never", "auto"] {
        let output = human_output(dir.path(), color, None);
        assert_eq!(output.status.code(), Some(1));
        assert!(text(&output.stdout).starts_with("error[purpose_violation]: "));
        assert!(!output.stdout.contains(&ESC), "--color {color}: {}", text(&output.stdout));
    }
}

/// Running the binary with a terminal as its stdout, as `--color auto` needs to be tested: on a
/// pipe, `auto` never colors, so a test of NO_COLOR there would pass whatever the tool did with it.
#[cfg(target_os = "linux")]
mod terminal {
    use std::ffi::{CStr, c_char, c_int};
    use std::fs::{File, OpenOptions};
    use std::io::Read;
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::os::unix::fs::OpenOptionsExt;
    use std::process::{Command, Stdio};

    unsafe extern "C" {
        fn posix_openpt(flags: c_int) -> c_int;
        fn grantpt(fd: c_int) -> c_int;
        fn unlockpt(fd: c_int) -> c_int;
        fn ptsname_r(fd: c_int, buffer: *mut c_char, length: usize) -> c_int;
    }

    const O_RDWR: c_int = 0o2;
    const O_NOCTTY: c_int = 0o400;
    const O_CLOEXEC: c_int = 0o2_000_000;
    const EIO: i32 = 5;

    /// Runs `command` with a new pseudo-terminal as its stdout; returns what it wrote there.
    pub fn stdout_of(mut command: Command) -> Vec<u8> {
        let master = open_master();
        let slave = OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(O_NOCTTY)
            .open(slave_name(&master))
            .unwrap();
        let mut child =
            command.stdin(Stdio::null()).stdout(slave).stderr(Stdio::null()).spawn().unwrap();
        // The command holds the last copy of the terminal's other end in this process; the read
        // below ends only once every copy is closed.
        drop(command);
        let mut output = Vec::new();
        let mut buffer = [0; 4096];
        loop {
            match (&master).read(&mut buffer) {
                Ok(0) => break,
                Ok(count) => output.extend_from_slice(&buffer[..count]),
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                // Linux reports a pseudo-terminal whose other end is closed as EIO, not as EOF.
                Err(error) if error.raw_os_error() == Some(EIO) => break,
                Err(error) => panic!("reading the terminal failed: {error}"),
            }
        }
        child.wait().unwrap();
        output
    }

    fn open_master() -> File {
        // SAFETY: calls into the C library with valid flags; the descriptor is checked and then
        // owned by the `File` alone.
        unsafe {
            let fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
            assert!(fd >= 0, "no pseudo-terminal: {}", std::io::Error::last_os_error());
            let master = File::from_raw_fd(fd);
            assert_eq!(grantpt(fd), 0, "grantpt: {}", std::io::Error::last_os_error());
            assert_eq!(unlockpt(fd), 0, "unlockpt: {}", std::io::Error::last_os_error());
            master
        }
    }

    fn slave_name(master: &File) -> String {
        let mut name: [c_char; 128] = [0; 128];
        // SAFETY: the buffer is as long as the length passed, and `ptsname_r` terminates it.
        unsafe {
            let status = ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len());
            assert_eq!(status, 0, "ptsname_r failed");
            CStr::from_ptr(name.as_ptr()).to_str().unwrap().to_owned()
        }
    }
}

#[cfg(target_os = "linux")]
fn auto_colored_on_a_terminal(no_color: Option<&str>) -> Vec<u8> {
    let dir = ScratchDir::new("terminal");
    cargo_package(&dir, &violating_library());
    let mut command = Command::new(binary());
    command.args(["check", "--quiet"]).current_dir(dir.path()).env_remove("NO_COLOR");
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    let output = terminal::stdout_of(command);
    assert!(
        String::from_utf8_lossy(&output).contains("purpose_violation"),
        "no finding on the terminal:\n{}",
        String::from_utf8_lossy(&output)
    );
    output
}

#[cfg(target_os = "linux")]
#[test]
fn auto_colors_a_terminal() {
    assert!(auto_colored_on_a_terminal(None).contains(&ESC));
}

#[cfg(target_os = "linux")]
#[test]
fn no_color_turns_auto_colors_off_on_a_terminal() {
    assert!(!auto_colored_on_a_terminal(Some("1")).contains(&ESC));
}

#[cfg(target_os = "linux")]
#[test]
fn an_empty_no_color_leaves_auto_colors_on() {
    // https://no-color.org: "when present and not an empty string".
    assert!(auto_colored_on_a_terminal(Some("")).contains(&ESC));
}

// Control characters from the analysed code.

#[test]
fn control_characters_on_a_reported_line_are_escaped() {
    let dir = ScratchDir::new("escape-source");
    let lib = violating_library().replace(
        "upload_audience(&user.phone);",
        "upload_audience(&user.phone); // \u{1b}[31m looks red \u{7}",
    );
    cargo_package(&dir, &lib);
    let output = human_output(dir.path(), "never", None);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(!output.stdout.contains(&ESC), "{stdout:?}");
    assert!(!output.stdout.contains(&0x07), "{stdout:?}");
    assert!(stdout.contains("upload_audience(&user.phone); // ?[31m looks red ?\n"), "{stdout}");
}

#[test]
fn control_characters_in_a_file_name_are_escaped() {
    let dir = ScratchDir::new("escape-file-name");
    dir.write("\u{1b}[31mred.rs", violating_library());
    let output = human_output(dir.path(), "never", None);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(!output.stdout.contains(&ESC), "{stdout:?}");
    assert!(stdout.contains(&format!("?[31mred.rs:{SINK_LINE}:5")), "{stdout}");
}

#[test]
fn control_characters_in_a_path_argument_are_escaped_in_the_error() {
    let output = run(&["check", "\u{1b}[31mmissing"], &repo_root());
    assert_eq!(output.status.code(), Some(2));
    assert!(!output.stderr.contains(&ESC), "{:?}", text(&output.stderr));
    assert!(text(&output.stderr).starts_with("error: `?[31mmissing` does not exist;"));
}

// What the check must never do.

#[test]
fn build_scripts_are_never_run() {
    let dir = ScratchDir::new("build-script");
    let marker = dir.join("build-script-ran");
    dir.write(
        "Cargo.toml",
        "[package]\nname = \"scratch\"\nversion = \"0.1.0\"\nedition = \"2021\"\nbuild = \
         \"build.rs\"\n\n[workspace]\n",
    );
    dir.write(
        "build.rs",
        format!("fn main() {{\n    std::fs::write({:?}, \"ran\").unwrap();\n}}\n", marker),
    );
    dir.write("src/lib.rs", violating_library());
    let (status, found) = check_json(dir.path(), &[], dir.path());
    assert_eq!(status, Some(1));
    assert_eq!(found, expect(&[("src/lib.rs", SINK_LINE, "error", "purpose_violation")]));
    assert!(!marker.exists(), "the build script ran");
}

#[test]
fn a_path_attribute_leading_outside_the_checked_directory_is_not_followed() {
    let dir = ScratchDir::new("path-outside");
    dir.write("outside.rs", violating_library());
    let package = dir.join("package");
    dir.write(
        "package/Cargo.toml",
        "[package]\nname = \"inside\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n",
    );
    dir.write("package/src/lib.rs", "#[path = \"../../outside.rs\"]\nmod x;\n");
    let output =
        run(&["check", &package.to_string_lossy(), "--format", "json", "--quiet"], dir.path());
    assert_eq!(output.status.code(), Some(0));
    let stdout = text(&output.stdout);
    assert_eq!(findings(&stdout), expect(&[("src/lib.rs", 2, "warn", "missing_module")]));
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        report["findings"][0]["message"],
        "file for module `x` lies outside the workspace and was not read"
    );
}

#[test]
fn a_file_that_is_not_rust_exits_2() {
    let dir = ScratchDir::new("not-rust");
    let readme = dir.write("README.md", "# notes\n\n```\nfn broken(\n```\n");
    let output = run(&["check", &readme.to_string_lossy()], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("is not Rust source"), "{}", text(&output.stderr));
}

#[test]
fn a_directory_without_rust_source_exits_2_instead_of_passing() {
    let dir = ScratchDir::new("no-source");
    dir.write("notes.txt", "nothing to check\n");
    let output = run(&["check", &dir.path().to_string_lossy()], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("has no Rust source to check"),
        "{}",
        text(&output.stderr)
    );
}
