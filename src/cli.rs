//! The command line: `cargo purpose check`, `cargo purpose explain`. The only module that knows
//! about processes, the terminal and exit codes.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

use crate::driver::{self, CheckConfig};
use crate::policy::lints;
use crate::report::{self, human, json, sarif};

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
  cargo purpose explain purpose_violation

Exit status: 0 no error-level finding, 1 error-level findings, 2 the check could not run.";

#[derive(Parser, Debug)]
#[command(name = "cargo-purpose", bin_name = "cargo purpose", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check that no data reaches a use its collection purpose forbids
    Check(CheckArgs),
    /// Show a lint's documentation
    Explain {
        /// The lint's name, such as `purpose_violation`
        lint: String,
    },
}

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
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Human,
    Json,
    Sarif,
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
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_FAILURE } else { EXIT_CLEAN });
        }
    };
    match cli.command {
        Command::Check(args) => check(args),
        Command::Explain { lint } => explain(&lint),
    }
}

fn check(args: CheckArgs) -> ExitCode {
    let started = Instant::now();
    let path = args.manifest_path.or(args.path).unwrap_or_else(|| PathBuf::from("."));
    let config = CheckConfig {
        path,
        include_tests: args.include_tests,
        lint_levels: Vec::new(),
        deny_warnings: false,
    };
    let outcome = match driver::check(&config) {
        Ok(outcome) => outcome,
        Err(error) => {
            eprintln!("error: {}", report::sanitize(&error.to_string()));
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    let counts = report::counts(&outcome.findings);
    let rendered = match args.format {
        Format::Human => human::render(&outcome.findings, &outcome.sources, use_color(args.color)),
        Format::Json => {
            let totals = json::Totals {
                crates: outcome.stats.crates,
                files: outcome.stats.files,
                counts,
                stats: &outcome.stats,
            };
            json::render(&outcome.findings, &outcome.sources, &totals) + "\n"
        }
        Format::Sarif => sarif::render(&outcome.findings, &outcome.sources, &outcome.root) + "\n",
    };
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(rendered.as_bytes()).and_then(|()| stdout.flush()).is_err() {
        return ExitCode::from(EXIT_FAILURE);
    }
    if args.stats {
        eprint!("{}", report::stats_table(&outcome.stats, &outcome.sources));
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
            "checked {} crate{}, {} file{} in {:.2}s: {} error{}, {} warning{}{incomplete}",
            outcome.stats.crates,
            plural(outcome.stats.crates),
            outcome.stats.files,
            plural(outcome.stats.files),
            started.elapsed().as_secs_f64(),
            counts.errors,
            plural(counts.errors),
            counts.warnings,
            plural(counts.warnings),
        );
    }
    ExitCode::from(if counts.errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
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

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
