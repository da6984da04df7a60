//! UI tests: every fixture under `tests/ui/` runs through the real binary. Findings must match the
//! inline markers exactly, the rendered output must match the snapshot beside the fixture, and
//! `docs/accuracy.md` must hold the precision and recall this run measured.
//!
//! `BLESS=1 cargo test --test ui` rewrites the snapshots and the accuracy table.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use support::{blessing, case_markers, compare, findings, repo_root, run};

struct Case {
    path: PathBuf,
    /// `purpose_violation/locals/shadowing.rs`
    name: String,
    category: String,
}

struct Outcome {
    name: String,
    category: String,
    missing: Vec<String>,
    unexpected: Vec<String>,
    counts: Counts,
    snapshot_problem: Option<String>,
}

#[derive(Clone, Copy, Default)]
struct Counts {
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
}

fn ui_root() -> PathBuf {
    repo_root().join("tests/ui")
}

fn collect_cases() -> Vec<Case> {
    let root = ui_root();
    let mut cases = Vec::new();
    for lint in sorted_dirs(&root) {
        for category in sorted_dirs(&lint) {
            for entry in sorted_entries(&category) {
                let is_case = entry.is_dir() || entry.extension().is_some_and(|ext| ext == "rs");
                if !is_case {
                    continue;
                }
                let name = entry.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
                let category_name = format!(
                    "{}/{}",
                    lint.file_name().unwrap().to_string_lossy(),
                    category.file_name().unwrap().to_string_lossy()
                );
                cases.push(Case { path: entry, name, category: category_name });
            }
        }
    }
    cases
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    entries.sort();
    entries
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    sorted_entries(dir).into_iter().filter(|path| path.is_dir()).collect()
}

fn snapshot_path(case: &Path) -> PathBuf {
    let mut name = case.file_name().unwrap().to_os_string();
    name.push(".stdout");
    case.with_file_name(name)
}

fn run_case(case: &Case) -> Outcome {
    let path = case.path.to_string_lossy().into_owned();
    let cwd = repo_root();
    let flags = case_flags(&case.path);
    let flag_refs: Vec<&str> = flags.iter().map(String::as_str).collect();
    let json_args = [&["check", &path, "--format", "json", "--quiet"][..], &flag_refs].concat();
    let json = run(&json_args, &cwd);
    let stdout = String::from_utf8_lossy(&json.stdout);
    assert!(
        json.status.code().is_some_and(|code| code <= 1),
        "{}: the check could not run:\n{}",
        case.name,
        String::from_utf8_lossy(&json.stderr)
    );
    let expected = case_markers(&case.path);
    let found = findings(&stdout);
    let (missing, unexpected) = compare(&expected, &found);
    let expected_total: usize = expected.values().sum();
    let false_negatives = missing_count(&expected, &found);
    let counts = Counts {
        true_positives: expected_total - false_negatives,
        false_positives: unexpected_count(&expected, &found),
        false_negatives,
    };
    let human_args = [&["check", &path, "--color", "never", "--quiet"][..], &flag_refs].concat();
    let human = run(&human_args, &cwd);
    let rendered = String::from_utf8_lossy(&human.stdout).into_owned();
    Outcome {
        name: case.name.clone(),
        category: case.category.clone(),
        missing,
        unexpected,
        counts,
        snapshot_problem: check_snapshot(&snapshot_path(&case.path), &rendered),
    }
}

/// `//@ flags: ..` lines of a single-file case (directory cases use their configuration instead).
fn case_flags(case: &Path) -> Vec<String> {
    if !case.is_file() {
        return Vec::new();
    }
    support::fixture_flags(&std::fs::read_to_string(case).unwrap_or_default())
}

fn missing_count(expected: &support::Expectations, found: &support::Expectations) -> usize {
    expected
        .iter()
        .map(|(key, count)| count.saturating_sub(found.get(key).copied().unwrap_or(0)))
        .sum()
}

fn unexpected_count(expected: &support::Expectations, found: &support::Expectations) -> usize {
    found
        .iter()
        .map(|(key, count)| count.saturating_sub(expected.get(key).copied().unwrap_or(0)))
        .sum()
}

fn check_snapshot(path: &Path, rendered: &str) -> Option<String> {
    if blessing() {
        if rendered.is_empty() {
            let _ = std::fs::remove_file(path);
        } else {
            std::fs::write(path, rendered).unwrap();
        }
        return None;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == rendered {
        return None;
    }
    let first_difference = expected.lines().zip(rendered.lines()).position(|(a, b)| a != b);
    Some(match first_difference {
        Some(line) => format!(
            "rendered output differs from {} at line {}:\n  expected: {}\n  actual:   {}",
            path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or_default(),
            rendered.lines().nth(line).unwrap_or_default()
        ),
        None => format!("rendered output differs from {} in length", path.display()),
    })
}

/// `case  # reason` lines: fixtures whose markers the analysis does not meet yet.
fn known_failures() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(ui_root().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| match line.split_once('#') {
            Some((case, reason)) => (case.trim().to_string(), reason.trim().to_string()),
            None => (line.to_string(), String::new()),
        })
        .collect()
}

fn run_all(cases: &[Case]) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).max(2) * 2;
    let chunk = cases.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|chunk| scope.spawn(move || chunk.iter().map(run_case).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|handle| handle.join().unwrap()).collect()
    })
}

#[test]
fn ui_fixtures_match_their_markers_and_snapshots() {
    let cases = collect_cases();
    assert!(cases.len() >= 200, "expected the full fixture corpus, found {} cases", cases.len());
    let outcomes = run_all(&cases);
    let known = known_failures();
    let mut problems = Vec::new();
    let mut listed_and_seen = BTreeSet::new();
    for outcome in &outcomes {
        let fails = !outcome.missing.is_empty() || !outcome.unexpected.is_empty();
        match (fails, known.contains_key(&outcome.name)) {
            (true, false) => problems.push(format!(
                "{}: findings do not match the markers\n    missing: {:?}\n    unexpected: {:?}",
                outcome.name, outcome.missing, outcome.unexpected
            )),
            (false, true) => problems.push(format!(
                "{}: passes now; remove it from tests/ui/known_failures.txt",
                outcome.name
            )),
            _ => {}
        }
        if known.contains_key(&outcome.name) {
            listed_and_seen.insert(outcome.name.clone());
        }
        if let Some(problem) = &outcome.snapshot_problem {
            problems.push(format!("{}: {problem}", outcome.name));
        }
    }
    for name in known.keys().filter(|name| !listed_and_seen.contains(*name)) {
        problems.push(format!("{name}: listed in known_failures.txt but no such fixture"));
    }
    check_accuracy_table(&outcomes, &mut problems);
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

fn check_accuracy_table(outcomes: &[Outcome], problems: &mut Vec<String>) {
    let table = accuracy_table(outcomes);
    let path = repo_root().join("docs/accuracy.md");
    if blessing() {
        std::fs::write(&path, &table).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != table {
        problems.push(format!(
            "docs/accuracy.md is out of date; run `BLESS=1 cargo test --test ui`\n{table}"
        ));
    }
}

fn ratio(numerator: usize, denominator: usize) -> String {
    if denominator == 0 {
        "–".to_string()
    } else {
        format!("{:.2}", numerator as f64 / denominator as f64)
    }
}

fn accuracy_table(outcomes: &[Outcome]) -> String {
    let mut by_category: BTreeMap<&str, (usize, usize, Counts)> = BTreeMap::new();
    for outcome in outcomes {
        let entry = by_category.entry(&outcome.category).or_default();
        entry.0 += 1;
        entry.1 += usize::from(outcome.missing.is_empty() && outcome.unexpected.is_empty());
        entry.2.true_positives += outcome.counts.true_positives;
        entry.2.false_positives += outcome.counts.false_positives;
        entry.2.false_negatives += outcome.counts.false_negatives;
    }
    let mut out = String::from(
        "# Accuracy on the fixture corpus\n\n\
         Measured by `cargo test --test ui` over every fixture in `tests/ui/`; regenerate this page with\n\
         `BLESS=1 cargo test --test ui`. A finding is a true positive when a marker expects it on that line,\n\
         a false positive when none does, and a marker without a finding is a false negative. Cases that do\n\
         not pass yet are listed, with the reason, in `tests/ui/known_failures.txt`.\n\n\
         | category | cases | passing | findings expected | true positives | false positives | false negatives | precision | recall |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut total = (0, 0, Counts::default());
    for (category, (cases, passing, counts)) in &by_category {
        out.push_str(&row(category, *cases, *passing, *counts));
        total.0 += cases;
        total.1 += passing;
        total.2.true_positives += counts.true_positives;
        total.2.false_positives += counts.false_positives;
        total.2.false_negatives += counts.false_negatives;
    }
    out.push_str(&row("**all**", total.0, total.1, total.2));
    out
}

fn row(name: &str, cases: usize, passing: usize, counts: Counts) -> String {
    let Counts { true_positives: tp, false_positives: fp, false_negatives: fn_ } = counts;
    format!(
        "| {name} | {cases} | {passing} | {} | {tp} | {fp} | {fn_} | {} | {} |\n",
        tp + fn_,
        ratio(tp, tp + fp),
        ratio(tp, tp + fn_)
    )
}
