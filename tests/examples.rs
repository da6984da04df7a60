//! Every project under `examples/` checked end to end: its findings match its `//~` markers
//! exactly, and its README shows the current human output between `<!-- output -->` and
//! `<!-- /output -->`.
//!
//! `BLESS=1 cargo test --test examples` rewrites that block of each README (a lone `<!-- output -->`
//! line becomes a whole block); read the diff.

mod support;

use std::path::{Path, PathBuf};

use support::{blessing, case_markers, compare, findings, repo_root, run};

const OPEN: &str = "<!-- output -->";
const CLOSE: &str = "<!-- /output -->";

/// The projects under `examples/`, sorted by name: the directories with a `Cargo.toml`. Others, such
/// as `examples/policies/` (configuration files only), have nothing to check.
fn examples() -> Vec<PathBuf> {
    let mut examples: Vec<PathBuf> = std::fs::read_dir(repo_root().join("examples"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .collect();
    examples.sort();
    assert!(!examples.is_empty(), "no project under examples/");
    examples
}

/// `examples/<name>`, as the README tells users to write it.
fn relative(example: &Path) -> String {
    example.strip_prefix(repo_root()).unwrap().to_string_lossy().replace('\\', "/")
}

#[test]
fn every_example_finds_exactly_its_markers() {
    let mut failures = Vec::new();
    for example in examples() {
        let name = relative(&example);
        let output = run(&["check", &name, "--format", "json", "--quiet"], &repo_root());
        let expected = case_markers(&example);
        let found = findings(&String::from_utf8_lossy(&output.stdout));
        let (missing, unexpected) = compare(&expected, &found);
        if !missing.is_empty() || !unexpected.is_empty() {
            failures
                .push(format!("{name}:\n  missing:    {missing:?}\n  unexpected: {unexpected:?}"));
        }
        let errors_expected = expected.keys().any(|(_, _, level, _)| level == "error");
        let status = if errors_expected { 1 } else { 0 };
        assert_eq!(
            output.status.code(),
            Some(status),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(failures.is_empty(), "findings differ from the markers:\n{}", failures.join("\n"));
}

/// The block a README shows: the human output in a `text` fence, between the two markers.
fn output_block(output: &str) -> String {
    format!("{OPEN}\n```text\n{}\n```\n{CLOSE}\n", output.trim_end_matches('\n'))
}

/// The README split around its output block: (before, block, after). A lone opening marker is a
/// block too, so that blessing can fill in a placeholder.
fn split_readme(readme: &str) -> Option<(&str, &str, &str)> {
    let start = line_start(readme, OPEN)?;
    let end = match line_start(&readme[start..], CLOSE) {
        Some(offset) => start + offset + CLOSE.len() + 1,
        None => start + OPEN.len() + 1,
    };
    let end = end.min(readme.len());
    Some((&readme[..start], &readme[start..end], &readme[end..]))
}

/// Where the line that is exactly `line` starts.
fn line_start(text: &str, line: &str) -> Option<usize> {
    let mut offset = 0;
    for candidate in text.split_inclusive('\n') {
        if candidate.trim_end_matches(['\n', '\r']) == line {
            return Some(offset);
        }
        offset += candidate.len();
    }
    None
}

#[test]
fn every_example_readme_shows_the_current_output() {
    for example in examples() {
        let name = relative(&example);
        let output = run(&["check", &name, "--color", "never", "--quiet"], &repo_root());
        assert!(
            output.status.code().is_some_and(|code| code <= 1),
            "{name}: the check could not run:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let expected = output_block(&String::from_utf8(output.stdout).unwrap());
        let readme_path = example.join("README.md");
        let readme = std::fs::read_to_string(&readme_path).unwrap();
        let Some((before, block, after)) = split_readme(&readme) else {
            panic!("{name}/README.md has no `{OPEN}` line");
        };
        if blessing() {
            std::fs::write(&readme_path, format!("{before}{expected}{after}")).unwrap();
            continue;
        }
        assert_eq!(
            block, expected,
            "{name}/README.md does not show the current output; rerun with BLESS=1 and read the diff"
        );
    }
}

#[test]
fn a_placeholder_becomes_a_whole_block() {
    let readme = "# title\n\n<!-- output -->\n\n## next\n";
    let (before, block, after) = split_readme(readme).unwrap();
    assert_eq!((before, block, after), ("# title\n\n", "<!-- output -->\n", "\n## next\n"));
    let blessed = format!("{before}{}{after}", output_block("error: x\n\n"));
    assert_eq!(
        blessed,
        "# title\n\n<!-- output -->\n```text\nerror: x\n```\n<!-- /output -->\n\n## next\n"
    );
    assert_eq!(split_readme(&blessed).unwrap().1, output_block("error: x\n"));
}
