//! `cargo run -p xtask -- <task>`: development tasks that need no installed tools.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::generate::{GenerateConfig, generate};
use xtask::parse_floor::parse_floor;

const USAGE: &str = "\
usage:
  cargo run -p xtask -- gen-workspace --lines N --out DIR
      write a synthetic workspace of about N lines into DIR, and DIR/expected.json
  cargo run --release -p xtask -- parse-floor DIR
      read and parse every .rs file under DIR (not target/) on all cores, and say how long it took
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("gen-workspace") => gen_workspace(&args[1..]),
        Some("parse-floor") => run_parse_floor(&args[1..]),
        Some("compare") => compare(&args[1..]),
        _ => Err(String::from("expected a task")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}{}", xtask::compare::USAGE);
            ExitCode::from(2)
        }
    }
}

fn gen_workspace(args: &[String]) -> Result<(), String> {
    let mut lines = None;
    let mut out = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or_else(|| format!("`{flag}` needs a value"))?;
        match flag.as_str() {
            "--lines" => {
                lines = Some(
                    value
                        .parse::<usize>()
                        .map_err(|_| format!("`--lines {value}` is not a count"))?,
                )
            }
            "--out" => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown option `{flag}`")),
        }
    }
    let lines = lines.ok_or("`--lines N` is required")?;
    let out = out.ok_or("`--out DIR` is required")?;
    let generated = generate(&GenerateConfig { lines }, &out)
        .map_err(|error| format!("cannot write to `{}`: {error}", out.display()))?;
    println!(
        "crates {} files {} lines {} bytes {} expected findings {}",
        generated.crates,
        generated.files,
        generated.lines,
        generated.bytes,
        generated.expected.len()
    );
    Ok(())
}

fn run_parse_floor(args: &[String]) -> Result<(), String> {
    let [root] = args else { return Err(String::from("expected one directory")) };
    let floor =
        parse_floor(root.as_ref()).map_err(|error| format!("cannot read `{root}`: {error}"))?;
    println!(
        "files {} bytes {} lines {} failed {} seconds {:.3}",
        floor.files, floor.bytes, floor.lines, floor.failed, floor.seconds
    );
    if floor.failed > 0 {
        return Err(format!("{} files could not be read or parsed", floor.failed));
    }
    Ok(())
}

fn compare(args: &[String]) -> Result<(), String> {
    let options = xtask::compare::Options::parse(args)?;
    print!("{}", xtask::compare::run(&options)?);
    Ok(())
}
