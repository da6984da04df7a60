//! Shared by the test suites: running the real binary and reading inline expectation markers.

#![allow(dead_code)] // each test crate uses a different part of this module

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_cargo-purpose"))
}

pub fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// True when the run should rewrite expected output instead of comparing it.
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|value| !value.is_empty() && value != "0")
}

/// (file relative to the case root, line, level, lint) → how many findings are expected there.
pub type Expectations = BTreeMap<(String, usize, String, String), usize>;

/// Reads `//~ ERROR lint`, `//~^ WARN lint`, `//~ ERROR lint x2` markers.
pub fn markers(relative: &str, text: &str) -> Expectations {
    let mut expected = Expectations::new();
    for (index, line) in text.lines().enumerate() {
        // Several markers may share a line: `//~ ERROR a //~ WARN b`.
        for marker in line.split("//~").skip(1) {
            let carets = marker.chars().take_while(|c| *c == '^').count();
            let mut words = marker[carets..].split_whitespace();
            let (Some(level), Some(lint)) = (words.next(), words.next()) else {
                panic!(
                    "{relative}:{}: a marker needs a level and a lint: `//~ ERROR lint_name`",
                    index + 1
                )
            };
            let count = words
                .next()
                .and_then(|word| word.strip_prefix('x'))
                .and_then(|n| n.parse().ok())
                .unwrap_or(1);
            let line_number = index + 1 - carets;
            let key = (relative.to_string(), line_number, level.to_lowercase(), lint.to_string());
            *expected.entry(key).or_default() += count;
        }
    }
    expected
}

/// Extra command-line flags a fixture asks for with a `//@ flags: ...` line.
pub fn fixture_flags(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("//@ flags:"))
        .flat_map(|flags| flags.split_whitespace().map(str::to_string))
        .collect()
}

/// The markers of every `.rs` file of a case (a file or a directory).
pub fn case_markers(case: &Path) -> Expectations {
    let mut expected = Expectations::new();
    if case.is_file() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        expected.extend(markers(&name, &std::fs::read_to_string(case).unwrap()));
        return expected;
    }
    for entry in walkdir::WalkDir::new(case).sort_by_file_name() {
        let entry = entry.unwrap();
        let is_config = entry.file_name() == "purpose.toml";
        if is_config || entry.path().extension().is_some_and(|ext| ext == "rs") {
            let relative =
                entry.path().strip_prefix(case).unwrap().to_string_lossy().replace('\\', "/");
            for (key, count) in markers(&relative, &std::fs::read_to_string(entry.path()).unwrap())
            {
                *expected.entry(key).or_default() += count;
            }
        }
    }
    expected
}

/// What the tool found, in the same shape as the markers, from `--format json`.
pub fn findings(json: &str) -> Expectations {
    let report: serde_json::Value =
        serde_json::from_str(json).unwrap_or_else(|error| panic!("bad JSON ({error}):\n{json}"));
    let mut found = Expectations::new();
    for finding in report["findings"].as_array().unwrap() {
        let location = &finding["location"];
        let level = match finding["level"].as_str().unwrap() {
            "error" => "error",
            "warning" => "warn",
            other => other,
        };
        let key = (
            location["file"].as_str().unwrap().to_string(),
            location["line"].as_u64().unwrap() as usize,
            level.to_string(),
            finding["lint"].as_str().unwrap().to_string(),
        );
        *found.entry(key).or_default() += 1;
    }
    found
}

/// Expected minus found, and found minus expected.
pub fn compare(expected: &Expectations, found: &Expectations) -> (Vec<String>, Vec<String>) {
    let describe = |(file, line, level, lint): &(String, usize, String, String), count: usize| {
        format!(
            "{file}:{line}: {level} {lint}{}",
            if count > 1 { format!(" x{count}") } else { String::new() }
        )
    };
    let mut missing = Vec::new();
    let mut unexpected = Vec::new();
    for (key, count) in expected {
        let got = found.get(key).copied().unwrap_or(0);
        if got < *count {
            missing.push(describe(key, count - got));
        }
    }
    for (key, count) in found {
        let want = expected.get(key).copied().unwrap_or(0);
        if *count > want {
            unexpected.push(describe(key, count - want));
        }
    }
    (missing, unexpected)
}
