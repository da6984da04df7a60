//! `cargo bench --bench phases`: the whole check of generated workspaces beside their parse floor
//! (reading and parsing the same files with nothing else), so that a change to any phase shows
//! as a change of the ratio between the two.
//!
//! The workspaces come from `xtask gen-workspace` and are written once per run into a temporary
//! directory. Per-phase times of one check are printed by `cargo purpose check --timings`; a
//! bench per phase would need the phases as public entry points, which the driver does not offer.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use cargo_purpose::driver::{CheckConfig, check};
use xtask::generate::{GenerateConfig, generate};

fn main() {
    divan::main();
}

/// Lines of the generated workspaces.
const SIZES: [usize; 2] = [5_000, 20_000];

#[divan::bench(args = SIZES, sample_count = 10)]
fn check_workspace(bencher: divan::Bencher, lines: usize) {
    let config = CheckConfig {
        path: workspace(lines),
        include_tests: false,
        lint_levels: Vec::new(),
        deny_warnings: false,
        inject_panic_in: None,
        evaluate_everything: false,
        process_ends_after: false,
    };
    bencher.bench(|| check(&config).map(|outcome| outcome.findings.len()).unwrap_or_default());
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn parse_floor(bencher: divan::Bencher, lines: usize) {
    let root = workspace(lines);
    bencher.bench(|| {
        xtask::parse_floor::parse_floor(&root).map(|floor| floor.bytes).unwrap_or_default()
    });
}

/// The directory of a generated workspace of about `lines` lines, written on first use.
fn workspace(lines: usize) -> PathBuf {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    static WRITTEN: Mutex<Vec<usize>> = Mutex::new(Vec::new());
    let root = ROOT.get_or_init(|| tempfile::tempdir().expect("a temporary directory"));
    let directory = root.path().join(format!("lines-{lines}"));
    let mut written = WRITTEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if !written.contains(&lines) {
        generate(&GenerateConfig { lines }, &directory).expect("the workspace is written");
        written.push(lines);
    }
    directory
}
