//! `xtask compare`: cargo-purpose side by side with its parse floor, `cargo check` (clean and
//! after a one-file edit) and Semgrep with an equivalent taint rule, on real code bases, one after
//! another; writes a Markdown table and the commands that reproduce each figure.

mod annotations;
mod cargo_check;
mod semgrep;
mod step;
mod table;
mod workspace_copy;

use std::path::{Path, PathBuf};

use crate::parse_floor::parse_floor;
use step::Step;
use table::Row;

/// What to compare, parsed from the command line.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub code_bases: Vec<CodeBase>,
    pub toolchain: Option<String>,
    pub rule: Option<PathBuf>,
    pub cargo_check: bool,
    pub semgrep: bool,
}

/// A code base, and what its `cargo check` needs besides `--workspace`.
#[derive(Clone, Debug, Default)]
pub struct CodeBase {
    pub dir: PathBuf,
    pub check_args: Vec<String>,
    pub check_env: Vec<(String, String)>,
}

pub const USAGE: &str = "\
  cargo run --release -p xtask -- compare [--toolchain NAME] [--rule FILE] [--no-cargo-check]
          [--no-semgrep] [--check-args ARGS] [--check-env NAME=VALUE]... DIR ...
      for each DIR, one after another: parse floor, cargo-purpose check, Semgrep and cargo check
      (--check-args and --check-env apply to the cargo check of the next DIR only);
      prints a Markdown table and the commands (see docs/performance.md)";

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options { cargo_check: true, semgrep: true, ..Options::default() };
        let mut next = CodeBase::default();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let mut value = || rest.next().cloned().ok_or_else(|| format!("`{arg}` needs a value"));
            match arg.as_str() {
                "--toolchain" => options.toolchain = Some(value()?),
                "--rule" => options.rule = Some(PathBuf::from(value()?)),
                "--check-args" => {
                    next.check_args = value()?.split_whitespace().map(String::from).collect()
                }
                "--check-env" => {
                    let setting = value()?;
                    let (name, value) = setting
                        .split_once('=')
                        .ok_or_else(|| format!("`--check-env {setting}` is not NAME=VALUE"))?;
                    next.check_env.push((name.to_owned(), value.to_owned()));
                }
                "--no-cargo-check" => options.cargo_check = false,
                "--no-semgrep" => options.semgrep = false,
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
                dir => {
                    next.dir = PathBuf::from(dir);
                    options.code_bases.push(std::mem::take(&mut next));
                }
            }
        }
        if options.code_bases.is_empty() {
            return Err(String::from("expected at least one code base directory"));
        }
        Ok(options)
    }
}

/// Runs every comparison and returns the table followed by the commands.
pub fn run(options: &Options) -> Result<String, String> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().ok_or("no workspace")?;
    let rule_path = options.rule.clone().unwrap_or(workspace.join("benches/semgrep/purpose.yaml"));
    let template = std::fs::read_to_string(&rule_path)
        .map_err(|error| format!("cannot read `{}`: {error}", rule_path.display()))?;
    let binary = build_cargo_purpose(workspace)?;
    let mut rows = Vec::new();
    let mut commands = String::new();
    for (index, code_base) in options.code_bases.iter().enumerate() {
        let scratch =
            std::env::temp_dir().join(format!("xtask-compare-{}-{index}", std::process::id()));
        std::fs::create_dir_all(&scratch)
            .map_err(|error| format!("cannot create scratch: {error}"))?;
        let compared = compare_one(code_base, options, &template, &binary, &scratch);
        // The scratch directory holds a target directory of several GB: never leave it behind.
        let _ = std::fs::remove_dir_all(&scratch);
        let (row, shown) = compared?;
        rows.push(row);
        commands.push_str(&shown);
    }
    Ok(format!(
        "{}\nCommands (run in the directory the code bases were named from):\n\n{commands}",
        table::markdown(&rows)
    ))
}

/// `cargo build --release --bin cargo-purpose`; the binary lands beside this one.
fn build_cargo_purpose(workspace: &Path) -> Result<PathBuf, String> {
    let status = std::process::Command::new("cargo")
        .args(["build", "--release", "--bin", "cargo-purpose"])
        .current_dir(workspace)
        .status()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    if !status.success() {
        return Err(String::from("`cargo build --release --bin cargo-purpose` failed"));
    }
    let current = std::env::current_exe().map_err(|error| format!("no current exe: {error}"))?;
    let binary = current.with_file_name("cargo-purpose");
    if !binary.is_file() || !current.parent().is_some_and(|dir| dir.ends_with("release")) {
        return Err(String::from("run as `cargo run --release -p xtask -- compare ...`"));
    }
    Ok(binary)
}

fn compare_one(
    code_base: &CodeBase,
    options: &Options,
    template: &str,
    binary: &Path,
    scratch: &Path,
) -> Result<(Row, String), String> {
    let dir = code_base.dir.as_path();
    let name = dir
        .file_name()
        .map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
    let shown_dir = dir.display().to_string();
    let mut shown = format!("`{name}`:\n\n```sh\n");
    eprintln!("{name}: parse floor");
    // The second of two runs, so that the files are in the page cache.
    parse_floor(dir).map_err(|error| format!("cannot read `{shown_dir}`: {error}"))?;
    let floor = parse_floor(dir).map_err(|error| format!("cannot read `{shown_dir}`: {error}"))?;
    shown.push_str(&format!(
        "cargo run --release -p xtask -- parse-floor {shown_dir}  # twice, the second counts\n"
    ));

    eprintln!("{name}: cargo-purpose");
    let mut ours_step = Step::new(&binary.to_string_lossy(), &["check"]);
    ours_step.args.extend([
        shown_dir.clone(),
        "--format".into(),
        "json".into(),
        "--timings".into(),
    ]);
    ours_step.shown_as =
        vec![(binary.to_string_lossy().into_owned(), "target/release/cargo-purpose".into())];
    shown.push_str(&format!("{} > /dev/null\n", ours_step.shown()));
    let ours = ours_step.run(scratch).and_then(|outcome| match outcome.code {
        // 1 means findings were reported, which is a successful check.
        Some(0 | 1) => {
            Ok((outcome.seconds, outcome.max_rss_kib, outcome.stdout.matches("\"lint\":").count()))
        }
        _ => Err(outcome.reason()),
    });

    let semgrep = if options.semgrep {
        eprintln!("{name}: Semgrep");
        let names = annotations::collect(dir)
            .map_err(|error| format!("cannot read `{shown_dir}`: {error}"))?;
        let rule = semgrep::instantiate(template, &names)?;
        let rule_path = scratch.join("purpose.yaml");
        std::fs::write(&rule_path, &rule.text)
            .map_err(|error| format!("cannot write the rule: {error}"))?;
        let mut step = semgrep::step(&rule_path, dir);
        step.shown_as = vec![(rule_path.to_string_lossy().into_owned(), "purpose.yaml".into())];
        shown.push_str(&format!(
            "# purpose.yaml: benches/semgrep/purpose.yaml with $FIELD regex '{}' and $SINK regex '{}'\n{} > semgrep.json\n",
            rule.fields,
            rule.sinks,
            step.shown()
        ));
        step.run(scratch).and_then(|outcome| {
            let (findings, errors) = semgrep::findings(&outcome)?;
            Ok((outcome.seconds, outcome.max_rss_kib, findings, errors))
        })
    } else {
        Err(String::from("skipped"))
    };

    let (check_clean, check_edited) = if options.cargo_check {
        eprintln!("{name}: cargo check");
        let setup = cargo_check::Setup {
            toolchain: options.toolchain.as_deref(),
            check_args: &code_base.check_args,
            check_env: &code_base.check_env,
            scratch,
        };
        let checks = cargo_check::run(dir, &setup);
        for command in &checks.commands {
            shown.push_str(command);
            shown.push('\n');
        }
        (checks.clean, checks.edited)
    } else {
        (Err(String::from("skipped")), Err(String::from("skipped")))
    };
    shown.push_str("```\n\n");
    let row = Row {
        name,
        files: floor.files,
        lines: floor.lines,
        bytes: floor.bytes,
        floor_seconds: floor.seconds,
        ours,
        check_clean,
        check_edited,
        semgrep,
    };
    eprintln!("{name}: done", name = row.name);
    Ok((row, shown))
}
