//! The command line: `cargo purpose check`, `inventory`, `explain` and `completions`. The only
//! module that knows about processes, the terminal, the environment and exit codes.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::driver::{self, CheckConfig, CheckOutcome, Phase};
use crate::policy::Finding;
use crate::policy::lints::{self, Level};
use crate::report::baseline::{self, Baseline};
use crate::report::{self, cargo_message, github, gitlab, human, inventory, json, sarif};

/// Exit status: no finding at error level.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: findings at error level.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: the tool could not do its job (bad arguments, unreadable workspace).
pub const EXIT_FAILURE: u8 = 2;

const EXAMPLES: &str = "\
Examples:
  cargo purpose check                      check the workspace in this directory
  cargo purpose check path/to/workspace    check another workspace, or a single .rs file
  cargo purpose check --format sarif > purpose.sarif
  cargo purpose check --format github          annotations in a GitHub Actions job
  cargo purpose check --message-format json    cargo's JSON messages, for rust-analyzer
  cargo purpose check -W purpose_violation -D missing_module --deny-warnings
  cargo purpose check --write-baseline purpose-baseline.json   record the findings of today
  cargo purpose check --baseline purpose-baseline.json         report only findings not in it
  cargo purpose inventory > inventory.md         sources, sinks and every flow, for a review
  cargo purpose inventory --format svg > flows.svg
  cargo purpose explain purpose_violation
  cargo purpose completions bash > ~/.local/share/bash-completion/completions/cargo-purpose

Exit status: 0 no error-level finding, 1 error-level findings (or warnings with --deny-warnings),
2 the check could not run.";

#[derive(Parser, Debug)]
#[command(name = "cargo-purpose", bin_name = "cargo purpose", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check that no data reaches a use its collection purpose forbids
    #[command(after_help = CHECK_EXIT_STATUS)]
    Check(CheckArgs),
    /// List annotated sources and sinks, every flow (allowed ones too), suppressions and
    /// declassifiers, for a privacy review
    #[command(after_help = INVENTORY_EXIT_STATUS)]
    Inventory(InventoryArgs),
    /// Show a lint's documentation
    Explain {
        /// The lint's name, such as `purpose_violation`
        lint: String,
    },
    /// Print a shell completion script for `cargo-purpose` on standard output
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

const CHECK_EXIT_STATUS: &str = "\
Exit status:
  0  no error-level finding (a run with --write-baseline also exits 0)
  1  error-level findings, or warnings with --deny-warnings
  2  the check could not run: bad arguments or configuration, an unreadable workspace";

const INVENTORY_EXIT_STATUS: &str = "\
Exit status: 0 the inventory was written (findings do not change it: an inventory is not a gate),
2 it could not be made (bad arguments or configuration, an unreadable workspace, no `dot` for svg).";

#[derive(Parser, Debug)]
struct CheckArgs {
    /// A workspace directory, a `Cargo.toml`, or a single `.rs` file [default: .]
    path: Option<PathBuf>,
    /// Path to the workspace's `Cargo.toml`
    #[arg(long, value_name = "PATH", conflicts_with = "path")]
    manifest_path: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// `json`: cargo's JSON message stream, as `cargo check --message-format json` prints it (for
    /// rust-analyzer's `check.overrideCommand`); not combinable with a `--format` other than human
    #[arg(long, value_enum, value_name = "FMT", default_value_t = MessageFormat::Human)]
    message_format: MessageFormat,
    /// Also check `#[cfg(test)]` code, `#[test]` functions and test targets
    #[arg(long)]
    include_tests: bool,
    /// When to use colors in human output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Do not print the summary line
    #[arg(long, short)]
    quiet: bool,
    /// Print per crate how many calls, method calls and macros were resolved, assumed or modelled
    #[arg(long)]
    stats: bool,
    /// Print the time and the items handled per phase (discover, read and parse, resolve, flow,
    /// policy, report) to stderr
    #[arg(long)]
    timings: bool,
    /// Set a lint to `allow`: its findings are not reported (repeatable; a later flag wins)
    #[arg(short = 'A', long, value_name = "LINT", help_heading = "Lint levels")]
    allow: Vec<String>,
    /// Set a lint to `warn`: its findings are reported but do not fail the check
    #[arg(short = 'W', long, value_name = "LINT", help_heading = "Lint levels")]
    warn: Vec<String>,
    /// Set a lint to `deny`: its findings fail the check
    #[arg(short = 'D', long, value_name = "LINT", help_heading = "Lint levels")]
    deny: Vec<String>,
    /// Findings at warning level fail the check too (exit status 1)
    #[arg(long, help_heading = "Lint levels")]
    deny_warnings: bool,
    /// Report only findings that are not in this baseline file (see docs/baseline.md)
    #[arg(long, value_name = "FILE", help_heading = "Baseline")]
    baseline: Option<PathBuf>,
    /// Write every current finding to this baseline file instead of reporting them, and exit 0
    #[arg(long, value_name = "FILE", conflicts_with = "baseline", help_heading = "Baseline")]
    write_baseline: Option<PathBuf>,
    /// Make the analysis of every function of this name panic, to show how an internal error is
    /// reported (docs/robustness.md); hidden, since no user needs it
    #[arg(long, value_name = "FUNCTION", hide = true)]
    inject_panic_in: Option<String>,
    /// Evaluate every function to the fixed point, also those that cannot matter to a finding, to
    /// measure the whole fixed point on code without annotations (docs/robustness.md); hidden,
    /// since it changes no finding
    #[arg(long, hide = true)]
    evaluate_everything: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// rustc-style diagnostics
    Human,
    /// versioned JSON (docs/output.md)
    Json,
    /// SARIF 2.1.0, for code scanning
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request
    Github,
    /// GitLab Code Quality report
    Gitlab,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum MessageFormat {
    /// the output `--format` chooses
    Human,
    /// cargo's JSON messages, one per line
    Json,
}

#[derive(Parser, Debug)]
struct InventoryArgs {
    /// A workspace directory, a `Cargo.toml`, or a single `.rs` file [default: .]
    path: Option<PathBuf>,
    /// Path to the workspace's `Cargo.toml`
    #[arg(long, value_name = "PATH", conflicts_with = "path")]
    manifest_path: Option<PathBuf>,
    /// Output format (`svg` runs Graphviz's `dot`)
    #[arg(long, value_enum, default_value_t = InventoryFormat::Markdown)]
    format: InventoryFormat,
    /// Also include `#[cfg(test)]` code, `#[test]` functions and test targets
    #[arg(long)]
    include_tests: bool,
    /// When to use colors in Markdown output on a terminal
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Do not print the summary line
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InventoryFormat {
    /// headings and tables, with the flows as a Mermaid picture (renders on GitHub)
    Markdown,
    /// versioned JSON (docs/inventory.md)
    Json,
    /// a Mermaid flowchart
    Mermaid,
    /// a Graphviz graph
    Dot,
    /// the Graphviz graph drawn by `dot -Tsvg`
    Svg,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    // `cargo purpose ...` runs `cargo-purpose purpose ...`.
    if args.get(1).is_some_and(|arg| arg == "purpose") {
        args.remove(1);
    }
    // Parsed through `ArgMatches` rather than `Cli::try_parse_from`: only the matches know where on
    // the command line each `-A`/`-W`/`-D` was written, and their order decides which one wins.
    let parsed = Cli::command()
        .try_get_matches_from(args)
        .and_then(|matches| Ok((Cli::from_arg_matches(&matches)?, matches)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_FAILURE } else { EXIT_CLEAN });
        }
    };
    match cli.command {
        Command::Check(args) => {
            let written = matches
                .subcommand_matches("check")
                .map(|check_matches| levels_in_order(&args, check_matches))
                .unwrap_or_default();
            match validate_levels(written) {
                Ok(lint_levels) => check(args, lint_levels),
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(EXIT_FAILURE)
                }
            }
        }
        Command::Inventory(args) => run_inventory(args),
        Command::Explain { lint } => explain(&lint),
        Command::Completions { shell } => completions(shell),
    }
}

fn check(args: CheckArgs, lint_levels: Vec<(String, Level)>) -> ExitCode {
    let started = Instant::now();
    if args.message_format == MessageFormat::Json && args.format != Format::Human {
        eprintln!(
            "error: `--message-format json` and `--format {}` both choose the output; pass one of them",
            format_name(args.format)
        );
        return ExitCode::from(EXIT_FAILURE);
    }
    // Read before the check runs, so a missing or malformed baseline fails at once.
    let known = match args.baseline.as_deref().map(baseline::read).transpose() {
        Ok(known) => known,
        Err(error) => {
            eprintln!("error: {}", report::sanitize(&error.to_string()));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let path =
        args.manifest_path.clone().or(args.path.clone()).unwrap_or_else(|| PathBuf::from("."));
    let config = CheckConfig {
        path,
        include_tests: args.include_tests,
        lint_levels,
        deny_warnings: args.deny_warnings,
        inject_panic_in: args.inject_panic_in.clone(),
        evaluate_everything: args.evaluate_everything,
        process_ends_after: true,
    };
    let progress = Progress::start("checking", args.quiet);
    let checked = driver::check(&config);
    let checked_at = std::time::Instant::now();
    progress.stop();
    let mut outcome = match checked {
        Ok(outcome) => outcome,
        Err(error) => {
            eprintln!("error: {}", report::sanitize(&error.to_string()));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    if let Some(file) = &args.write_baseline {
        return write_baseline(&outcome, file, args.quiet);
    }
    let partition = known.as_ref().map(|known| {
        let findings = std::mem::take(&mut outcome.findings);
        baseline::partition(findings, &outcome.sources, known)
    });
    let findings = match &partition {
        Some(partition) => &partition.new,
        None => &outcome.findings,
    };
    let counts = report::counts(findings);
    let failing = counts.errors > 0 || (args.deny_warnings && counts.warnings > 0);
    if print_findings(findings, &outcome, counts, &args, !failing).is_err() {
        return ExitCode::from(EXIT_FAILURE);
    }
    if args.stats {
        eprint!("{}", report::stats_table(&outcome.stats, &outcome.sources));
    }
    if args.timings {
        let reported = std::time::Instant::now();
        let mut phases = outcome.stats.phases.clone();
        let seconds = reported.duration_since(checked_at).as_secs_f64();
        phases.push(Phase { name: "report", seconds, items: findings.len(), unit: "findings" });
        eprint!("{}", report::timings_table(&phases));
    }
    if !args.quiet {
        let cut_short = outcome.stats.bound_hit.len();
        let incomplete = if cut_short > 0 {
            format!(
                "; the fixed point was cut short in {cut_short} function{} (see --stats)",
                plural(cut_short)
            )
        } else {
            String::new()
        };
        eprintln!(
            "checked {} in {:.2}s: {}, {}{incomplete}",
            scope(&outcome.stats),
            started.elapsed().as_secs_f64(),
            counted(counts.errors, "error"),
            counted(counts.warnings, "warning"),
        );
        if let (Some(partition), Some(file)) = (&partition, &args.baseline) {
            print_baseline_summary(partition, file);
        }
    }
    ExitCode::from(if failing { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// Renders `findings` in the chosen format on stdout; `success` is what cargo's `build-finished`
/// message reports.
fn print_findings(
    findings: &[Finding],
    outcome: &CheckOutcome,
    counts: report::Counts,
    args: &CheckArgs,
    success: bool,
) -> std::io::Result<()> {
    let rendered = if args.message_format == MessageFormat::Json {
        let packages = cargo_packages(&outcome.root);
        cargo_message::render(findings, &outcome.sources, &outcome.root, &packages, success)
    } else {
        render_findings(findings, outcome, counts, args.format, args.color)
    };
    write_stdout(&rendered)
}

fn render_findings(
    findings: &[Finding],
    outcome: &CheckOutcome,
    counts: report::Counts,
    format: Format,
    color: ColorChoice,
) -> String {
    match format {
        Format::Human => human::render(findings, &outcome.sources, use_color(color)),
        Format::Json => {
            let totals = json::Totals {
                crates: outcome.stats.crates,
                files: outcome.stats.files,
                counts,
                stats: &outcome.stats,
            };
            json::render(findings, &outcome.sources, &totals) + "\n"
        }
        Format::Sarif => sarif::render(findings, &outcome.sources, &outcome.root) + "\n",
        Format::Github => {
            let prefix = path_prefix(&outcome.root, "GITHUB_WORKSPACE");
            github::render(findings, &outcome.sources, &prefix)
        }
        Format::Gitlab => {
            let prefix = path_prefix(&outcome.root, "CI_PROJECT_DIR");
            gitlab::render(findings, &outcome.sources, &prefix) + "\n"
        }
    }
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Human => "human",
        Format::Json => "json",
        Format::Sarif => "sarif",
        Format::Github => "github",
        Format::Gitlab => "gitlab",
    }
}

fn write_stdout(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush())
}

/// The workspace root relative to the repository, with `/` separators and a trailing `/` (empty when
/// they are the same directory or the root lies elsewhere). CI services resolve annotation paths
/// against the repository's checkout, which they name in `variable` (`GITHUB_WORKSPACE`,
/// `CI_PROJECT_DIR`); elsewhere the current directory stands for it.
fn path_prefix(root: &Path, variable: &str) -> String {
    let base = std::env::var_os(variable)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok());
    let Some(base) = base.and_then(|base| base.canonicalize().ok()) else {
        return String::new();
    };
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let Ok(relative) = root.strip_prefix(&base) else { return String::new() };
    let parts: Vec<String> = relative
        .components()
        .map(|component| report::sanitize(&component.as_os_str().to_string_lossy()))
        .collect();
    if parts.is_empty() { String::new() } else { format!("{}/", parts.join("/")) }
}

/// The workspace members as `cargo metadata` lists them, for cargo's JSON messages. A directory
/// without a manifest, or one cargo cannot read (the check itself has read it by then), has none.
fn cargo_packages(root: &Path) -> Vec<cargo_message::Package> {
    let manifest = root.join("Cargo.toml");
    if !manifest.is_file() {
        return Vec::new();
    }
    let metadata = cargo_metadata::MetadataCommand::new()
        .manifest_path(&manifest)
        .no_deps()
        .other_options(vec!["--offline".to_string()])
        .exec();
    let Ok(metadata) = metadata else { return Vec::new() };
    metadata
        .workspace_packages()
        .into_iter()
        .map(|package| cargo_message::Package {
            id: package.id.repr.clone(),
            manifest_path: package.manifest_path.clone().into_std_path_buf(),
            targets: package
                .targets
                .iter()
                .map(|target| cargo_message::Target {
                    kind: target.kind.iter().map(ToString::to_string).collect(),
                    crate_types: target.crate_types.iter().map(ToString::to_string).collect(),
                    name: target.name.clone(),
                    src_path: target.src_path.to_string(),
                    edition: target.edition.to_string(),
                    doc: target.doc,
                    doctest: target.doctest,
                    test: target.test,
                })
                .collect(),
        })
        .collect()
}

/// `cargo purpose inventory`: runs the same analysis as `check` and lists what it found.
fn run_inventory(args: InventoryArgs) -> ExitCode {
    let started = Instant::now();
    let path =
        args.manifest_path.clone().or(args.path.clone()).unwrap_or_else(|| PathBuf::from("."));
    let config = CheckConfig {
        path,
        include_tests: args.include_tests,
        lint_levels: Vec::new(),
        deny_warnings: false,
        inject_panic_in: None,
        evaluate_everything: false,
        process_ends_after: true,
    };
    let progress = Progress::start("analysing", args.quiet);
    let checked = driver::check(&config);
    progress.stop();
    let outcome = match checked {
        Ok(outcome) => outcome,
        Err(error) => {
            eprintln!("error: {}", report::sanitize(&error.to_string()));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let built = inventory::build(&inventory::Input::of(&outcome));
    let rendered = match args.format {
        InventoryFormat::Markdown => inventory::render_markdown(&built, use_color(args.color)),
        InventoryFormat::Json => inventory::render_json(&built),
        InventoryFormat::Mermaid => inventory::render_mermaid(&built),
        InventoryFormat::Dot => inventory::render_dot(&built),
        InventoryFormat::Svg => match draw_svg(&inventory::render_dot(&built)) {
            Ok(svg) => svg,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(EXIT_FAILURE);
            }
        },
    };
    if write_stdout(&rendered).is_err() {
        return ExitCode::from(EXIT_FAILURE);
    }
    if !args.quiet {
        let summary = &built.summary;
        eprintln!(
            "inventoried {} in {:.2}s: {}, {}, {} ({})",
            scope(&outcome.stats),
            started.elapsed().as_secs_f64(),
            counted(summary.sources, "annotated field"),
            counted(summary.sinks, "sink"),
            counted(summary.flows, "flow"),
            counted(summary.violations, "violation"),
        );
    }
    ExitCode::from(EXIT_CLEAN)
}

/// Draws DOT as SVG with Graphviz's `dot`.
fn draw_svg(dot: &str) -> Result<String, String> {
    use std::process::{Command as Process, Stdio};
    let child = Process::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err("`--format svg` needs Graphviz's `dot` program, which is not on PATH; \
                        install Graphviz (such as `apt-get install graphviz` or \
                        `brew install graphviz`), or write `--format dot` and draw it elsewhere"
                .to_string());
        }
        Err(error) => return Err(format!("cannot run Graphviz's `dot`: {error}")),
    };
    // Written on its own thread: `dot` may fill its output pipe before it has read all its input.
    let mut stdin = child.stdin.take();
    let input = dot.to_string();
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(input.as_bytes());
        }
    });
    let output = child.wait_with_output().map_err(|error| format!("`dot` failed: {error}"))?;
    let _ = writer.join();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("`dot -Tsvg` failed: {}", report::sanitize(stderr.trim())));
    }
    String::from_utf8(output.stdout).map_err(|_| "`dot -Tsvg` wrote invalid UTF-8".to_string())
}

/// `cargo purpose completions SHELL`: a completion script for the `cargo-purpose` binary.
fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "cargo-purpose", &mut script);
    match std::io::stdout().lock().write_all(&script) {
        Ok(()) => ExitCode::from(EXIT_CLEAN),
        Err(_) => ExitCode::from(EXIT_FAILURE),
    }
}

/// A line on standard error that says the analysis is still running, rewritten in place, for runs
/// long enough to wonder about. Shown only on a terminal, never in CI, with `--quiet` or
/// `TERM=dumb`; the line is erased before anything else is printed.
struct Progress {
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How long a run goes before the progress line appears, and how often it is rewritten.
const PROGRESS_DELAY: std::time::Duration = std::time::Duration::from_millis(500);
const PROGRESS_INTERVAL: std::time::Duration = std::time::Duration::from_millis(100);

impl Progress {
    fn start(verb: &'static str, quiet: bool) -> Progress {
        let wanted = !quiet
            && std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && std::env::var_os("TERM").is_none_or(|term| term != "dumb");
        if !wanted {
            return Progress { stop: None, thread: None };
        }
        let (sender, receiver) = std::sync::mpsc::channel::<()>();
        let started = Instant::now();
        let thread = std::thread::spawn(move || {
            use std::sync::mpsc::RecvTimeoutError;
            if receiver.recv_timeout(PROGRESS_DELAY) != Err(RecvTimeoutError::Timeout) {
                return;
            }
            let mut stderr = std::io::stderr();
            loop {
                let seconds = started.elapsed().as_secs_f64();
                let _ = write!(stderr, "\r\x1b[2K{verb}: {seconds:.1}s");
                let _ = stderr.flush();
                if receiver.recv_timeout(PROGRESS_INTERVAL) != Err(RecvTimeoutError::Timeout) {
                    break;
                }
            }
            let _ = write!(stderr, "\r\x1b[2K");
            let _ = stderr.flush();
        });
        Progress { stop: Some(sender), thread: Some(thread) }
    }

    /// Erases the line and waits until it is gone.
    fn stop(mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// `--write-baseline`: records every finding above `allow` instead of reporting them.
fn write_baseline(outcome: &CheckOutcome, file: &Path, quiet: bool) -> ExitCode {
    let known = Baseline::from_findings(&outcome.findings, &outcome.sources);
    if let Err(error) = baseline::write(file, &known) {
        eprintln!("error: {}", report::sanitize(&error.to_string()));
        return ExitCode::from(EXIT_FAILURE);
    }
    if !quiet {
        let count = known.findings.len();
        eprintln!(
            "wrote {count} finding{} to {}",
            plural(count),
            report::sanitize(&file.display().to_string())
        );
    }
    ExitCode::from(EXIT_CLEAN)
}

/// What `--baseline` left out, and which of its entries no longer occur.
fn print_baseline_summary(partition: &baseline::Partition<'_>, file: &Path) {
    let file = report::sanitize(&file.display().to_string());
    eprintln!(
        "left out {} finding{} known to the baseline `{file}`",
        partition.known,
        plural(partition.known)
    );
    for entry in &partition.fixed {
        eprintln!("{}", baseline::fixed_line(entry));
    }
    let fixed = partition.fixed.len();
    if fixed > 0 {
        eprintln!(
            "{fixed} baseline entr{} no longer occur{}; refresh the baseline with `--write-baseline {file}`",
            if fixed == 1 { "y" } else { "ies" },
            if fixed == 1 { "s" } else { "" }
        );
    }
}

/// The `-A`/`-W`/`-D` flags in the order they were written, whatever flag each one used.
fn levels_in_order<'a>(args: &'a CheckArgs, matches: &ArgMatches) -> Vec<(&'a str, Level)> {
    let flags = [
        ("allow", &args.allow, Level::Allow),
        ("warn", &args.warn, Level::Warn),
        ("deny", &args.deny, Level::Deny),
    ];
    let mut written: Vec<(usize, &str, Level)> = Vec::new();
    for (id, names, level) in flags {
        let indices = matches.indices_of(id).into_iter().flatten();
        written.extend(indices.zip(names).map(|(index, name)| (index, name.as_str(), level)));
    }
    written.sort_by_key(|(index, ..)| *index);
    written.into_iter().map(|(_, name, level)| (name, level)).collect()
}

/// Checks every name against the lint registry and spells it as the registry does.
fn validate_levels(written: Vec<(&str, Level)>) -> Result<Vec<(String, Level)>, String> {
    written
        .into_iter()
        .map(|(name, level)| match lints::find(name) {
            Some(lint) => Ok((lint.name.to_string(), level)),
            None => Err(unknown_lint(name)),
        })
        .collect()
}

fn unknown_lint(name: &str) -> String {
    let help = if name == "warnings" {
        "to make warnings fail the check, use `--deny-warnings`".to_string()
    } else if let Some(lint) = closest_lint(name) {
        format!("did you mean `{lint}`?")
    } else {
        let known: Vec<&str> = lints::ALL.iter().map(|lint| lint.name).collect();
        format!("the lints are: {}", known.join(", "))
    };
    format!("unknown lint `{}`\n  = help: {help}", report::sanitize(name))
}

/// The lint whose name is closest to `name`, when it is close enough to be a typo: at most one
/// edit per three characters, as rustc judges its suggestions.
fn closest_lint(name: &str) -> Option<&'static str> {
    let name = name.replace('-', "_").to_lowercase();
    let limit = name.chars().count().max(3) / 3;
    lints::ALL
        .iter()
        .map(|lint| (strsim::levenshtein(&name, lint.name), lint.name))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, lint)| lint)
}

fn explain(name: &str) -> ExitCode {
    match lints::find(name) {
        Some(lint) => {
            print!("{}", lint.documentation);
            ExitCode::from(EXIT_CLEAN)
        }
        None => {
            let known: Vec<&str> = lints::ALL.iter().map(|lint| lint.name).collect();
            eprintln!(
                "error: no lint named `{}`; the lints are: {}",
                report::sanitize(name),
                known.join(", ")
            );
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// `3 errors`, `1 error`.
fn counted(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", plural(count))
}

/// `2 crates, 14 files`: what a run covered.
fn scope(stats: &driver::CheckStats) -> String {
    format!("{}, {}", counted(stats.crates, "crate"), counted(stats.files, "file"))
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn levels(arguments: &[&str]) -> Result<Vec<(String, Level)>, String> {
        let command_line = ["cargo-purpose", "check"].iter().chain(arguments);
        let matches = Cli::command().try_get_matches_from(command_line).unwrap();
        let Command::Check(args) = Cli::from_arg_matches(&matches).unwrap().command else {
            panic!("`check` parses as the check command")
        };
        let check_matches = matches.subcommand_matches("check").unwrap();
        validate_levels(levels_in_order(&args, check_matches))
    }

    #[test]
    fn levels_keep_the_order_they_were_written_in_across_flags() {
        let written = levels(&[
            "-D",
            "missing_module",
            "--allow",
            "purpose_violation",
            "-W",
            "missing-module",
            "--deny=purpose_violation",
        ]);
        let expected = vec![
            ("missing_module".to_string(), Level::Deny),
            ("purpose_violation".to_string(), Level::Allow),
            ("missing_module".to_string(), Level::Warn),
            ("purpose_violation".to_string(), Level::Deny),
        ];
        assert_eq!(written, Ok(expected));
    }

    #[test]
    fn no_level_flags_give_no_levels() {
        assert_eq!(levels(&["--deny-warnings"]), Ok(Vec::new()));
    }

    #[test]
    fn an_unknown_lint_is_refused_with_the_closest_name() {
        let error = levels(&["-W", "missing_module", "-A", "purpose-violaton"]).unwrap_err();
        assert_eq!(
            error,
            "unknown lint `purpose-violaton`\n  = help: did you mean `purpose_violation`?"
        );
    }

    #[test]
    fn an_unknown_lint_far_from_every_name_lists_the_lints() {
        let error = levels(&["-D", "clippy::all"]).unwrap_err();
        assert!(
            error.starts_with("unknown lint `clippy::all`\n  = help: the lints are: "),
            "{error}"
        );
        assert!(error.contains("purpose_violation"), "{error}");
    }
}
