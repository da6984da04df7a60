//! One command of a comparison: run under GNU time for its wall-clock time and peak resident set,
//! and shown as the shell command that reproduces it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// GNU time; its `%M` is the largest resident set of the command or of any process it waited for.
const TIME: &str = "/usr/bin/time";

/// Variables that `cargo run` (and rustup) set for the program it runs.
const SET_BY_CARGO_RUN: [&str; 7] = [
    "RUSTUP_TOOLCHAIN",
    "CARGO",
    "CARGO_MANIFEST_DIR",
    "CARGO_MANIFEST_PATH",
    "CARGO_PRIMARY_PACKAGE",
    "CARGO_CRATE_NAME",
    "CARGO_BIN_NAME",
];

/// A command line, where it runs, and its environment.
#[derive(Clone, Debug, Default)]
pub struct Step {
    pub program: String,
    pub args: Vec<String>,
    pub dir: Option<PathBuf>,
    pub envs: Vec<(String, String)>,
    /// Text replaced in the shown command, such as a temporary directory by `$COPY`.
    pub shown_as: Vec<(String, String)>,
}

/// What a step measured.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub seconds: f64,
    pub max_rss_kib: u64,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Step {
    pub fn new(program: &str, args: &[&str]) -> Step {
        Step {
            program: program.to_owned(),
            args: args.iter().map(|arg| (*arg).to_owned()).collect(),
            ..Step::default()
        }
    }

    /// The shell command, timed as the comparison times it.
    pub fn shown(&self) -> String {
        let mut words = Vec::new();
        if let Some(dir) = &self.dir {
            words.push(format!("cd {} &&", quote(&dir.to_string_lossy())));
        }
        for (name, value) in &self.envs {
            words.push(format!("{name}={}", quote(value)));
        }
        words.push(format!("{TIME} -f \"%e %M\""));
        words.push(quote(&self.program));
        words.extend(self.args.iter().map(|arg| quote(arg)));
        self.hide(&words.join(" "))
    }

    /// `text` with the real paths replaced by their placeholders.
    fn hide(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for (real, placeholder) in &self.shown_as {
            text = text.replace(real.as_str(), placeholder);
        }
        text
    }

    /// Runs the command under GNU time, which writes its report into `scratch`.
    pub fn run(&self, scratch: &Path) -> Result<Outcome, String> {
        let report = scratch.join("time.txt");
        let mut command = Command::new(TIME);
        command.arg("-f").arg("%e %M").arg("-o").arg(&report).arg(&self.program).args(&self.args);
        // `cargo run` sets these for this process (rustup its toolchain); a command typed in a
        // shell would not see them, and `RUSTUP_TOOLCHAIN` would override a code base's own.
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy();
            if SET_BY_CARGO_RUN.contains(&name.as_ref()) || name.starts_with("CARGO_PKG_") {
                command.env_remove(name.as_ref());
            }
        }
        command.envs(self.envs.iter().map(|(name, value)| (name, value)));
        if let Some(dir) = &self.dir {
            command.current_dir(dir);
        }
        let output = command
            .stdin(Stdio::null())
            .output()
            .map_err(|error| format!("cannot run `{TIME}` (GNU time): {error}"))?;
        let report = std::fs::read_to_string(&report)
            .map_err(|error| format!("no report from `{TIME}`: {error}"))?;
        // A failing command adds a line "Command exited with non-zero status N" before ours.
        let last = report.lines().last().unwrap_or_default();
        let mut fields = last.split_whitespace();
        let (Some(seconds), Some(rss)) = (fields.next(), fields.next()) else {
            return Err(format!("`{TIME}` reported `{last}`"));
        };
        let parsed = seconds.parse::<f64>().ok().zip(rss.parse::<u64>().ok());
        let Some((seconds, max_rss_kib)) = parsed else {
            return Err(format!("`{TIME}` reported `{last}`"));
        };
        Ok(Outcome {
            seconds,
            max_rss_kib,
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: self.hide(&String::from_utf8_lossy(&output.stderr)),
        })
    }
}

impl Outcome {
    /// The first line of standard error that reads as the cause of a failure.
    pub fn reason(&self) -> String {
        let lines: Vec<&str> = self.stderr.lines().map(str::trim).collect();
        let first = lines
            .iter()
            .find(|line| line.starts_with("error") || line.starts_with("[ERROR]"))
            .or_else(|| lines.iter().rev().find(|line| !line.is_empty()))
            .copied()
            .unwrap_or("no message");
        let cause = lines.iter().find(|line| {
            line.contains("was not found in the pkg-config search path")
                || line.contains("No such file or directory")
                || line.contains("not installed")
        });
        let code = self.code.map_or_else(|| String::from("killed"), |code| format!("exit {code}"));
        match cause {
            Some(cause) if *cause != first => format!("{first} ({cause}; {code})"),
            _ => format!("{first} ({code})"),
        }
    }
}

/// Quotes a word for a POSIX shell when it needs it.
fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c));
    if plain { word.to_owned() } else { format!("'{}'", word.replace('\'', r"'\''")) }
}
