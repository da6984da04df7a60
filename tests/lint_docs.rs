//! Meta tests of the lint catalog: every lint is registered, documented with the fixed sections and
//! covered by UI fixtures, and the examples on each page behave as the page says. The rendered output
//! under each example is generated here (`BLESS=1 cargo test --test lint_docs`), never typed by hand.

mod support;

use std::path::PathBuf;

use cargo_purpose::policy::lints::{ALL, Level, Lint};
use support::{blessing, compare, findings, markers, repo_root, run};

const SECTIONS: &[&str] = &[
    "## What it does",
    "## Why is this bad",
    "## Example",
    "## Use instead",
    "## Known problems",
    "## Configuration",
];

/// Lints that no code can trigger on purpose, and so have no fixtures or runnable examples.
const UNTRIGGERABLE: &[&str] = &["internal_error"];

fn page_path(lint: &Lint) -> PathBuf {
    repo_root().join("lints").join(format!("{}.md", lint.name))
}

#[test]
fn every_lint_has_a_page_with_the_fixed_sections() {
    for lint in ALL {
        let page = std::fs::read_to_string(page_path(lint)).unwrap_or_default();
        assert_eq!(page, lint.documentation, "{}: the embedded page is stale; rebuild", lint.name);
        assert!(
            page.starts_with(&format!("# {}\n", lint.name)),
            "{}: the page must start with its name",
            lint.name
        );
        let level = match lint.default_level {
            Level::Deny => "deny",
            Level::Warn => "warn",
            Level::Allow => "allow",
        };
        assert!(
            page.contains(&format!("**Default level:** `{level}`")),
            "{}: the page must state `{level}`",
            lint.name
        );
        assert!(page.contains(lint.summary), "{}: the page must carry the summary line", lint.name);
        let mut last = 0;
        for section in SECTIONS {
            let position = page
                .find(section)
                .unwrap_or_else(|| panic!("{}: missing section {section}", lint.name));
            assert!(position >= last, "{}: section {section} is out of order", lint.name);
            last = position;
        }
    }
}

#[test]
fn every_page_belongs_to_a_registered_lint() {
    for entry in std::fs::read_dir(repo_root().join("lints")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            ALL.iter().any(|lint| lint.name == name),
            "lints/{name}.md documents no registered lint"
        );
    }
}

#[test]
fn every_lint_has_ui_fixtures() {
    for lint in ALL.iter().filter(|lint| !UNTRIGGERABLE.contains(&lint.name)) {
        let dir = repo_root().join("tests/ui").join(lint.name);
        let cases = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "rs"))
            .count();
        assert!(cases > 0, "{}: no UI fixture under tests/ui/{}/", lint.name, lint.name);
    }
}

#[test]
fn lint_names_follow_the_naming_rules() {
    for lint in ALL {
        let name = lint.name;
        assert!(
            name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{name}: snake_case only"
        );
        assert!(
            !name.starts_with("no_") && !name.starts_with("disallow_"),
            "{name}: name the bad thing"
        );
        let summary = lint.summary;
        assert!(
            summary.chars().next().is_some_and(char::is_lowercase),
            "{name}: summary starts lowercase"
        );
        assert!(!summary.ends_with('.'), "{name}: summary has no trailing period");
    }
}

/// The first fenced block of `language` after `heading`, as (start, end) byte offsets of its body.
fn block_after(page: &str, heading: &str, language: &str) -> Option<(usize, usize)> {
    let section = page.find(heading)?;
    let fence = format!("```{language}\n");
    let start = section + page[section..].find(&fence)? + fence.len();
    let end = start + page[start..].find("\n```")? + 1;
    Some((start, end))
}

/// Checks one example: a single file, or with `config`, a crate with that `purpose.toml`.
fn check_example(lint: &Lint, code: &str, config: Option<&str>, what: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "purpose-lint-doc-{}-{what}-{}",
        lint.name,
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (target, mut expected) = match config {
        None => {
            std::fs::write(dir.join("example.rs"), code).unwrap();
            (dir.join("example.rs"), markers("example.rs", code))
        }
        Some(config) => {
            std::fs::create_dir_all(dir.join("src")).unwrap();
            let manifest = "[package]\nname = \"example\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n";
            std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
            std::fs::write(dir.join("purpose.toml"), config).unwrap();
            std::fs::write(dir.join("src/lib.rs"), code).unwrap();
            (dir.clone(), markers("src/lib.rs", code))
        }
    };
    // The fixed example shares the configuration; only the failing one expects its markers.
    if let Some(config) = config.filter(|_| what == "example") {
        expected.extend(markers("purpose.toml", config));
    }
    let path = target.to_string_lossy().into_owned();
    // An allow-by-default lint is shown at warning level for its example.
    let warn = if lint.default_level == Level::Allow { vec!["-W", lint.name] } else { Vec::new() };
    let json = run(&[&["check", &path, "--format", "json", "--quiet"][..], &warn].concat(), &dir);
    let (missing, unexpected) =
        compare(&expected, &findings(&String::from_utf8_lossy(&json.stdout)));
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "{}: the {what} example does not behave as marked\n  missing: {missing:?}\n  unexpected: {unexpected:?}",
        lint.name
    );
    let human = run(&[&["check", &path, "--color", "never", "--quiet"][..], &warn].concat(), &dir);
    std::fs::remove_dir_all(&dir).unwrap();
    String::from_utf8_lossy(&human.stdout).into_owned()
}

/// The `purpose.toml` an example section gives, if any.
fn section_config<'p>(page: &'p str, heading: &str, next: &str) -> Option<&'p str> {
    let (start, end) = block_after(page, heading, "toml")?;
    let section_end = page.find(next).unwrap_or(page.len());
    (start < section_end).then(|| &page[start..end])
}

#[test]
fn page_examples_behave_as_marked_and_show_the_real_output() {
    for lint in ALL.iter().filter(|lint| !UNTRIGGERABLE.contains(&lint.name)) {
        let path = page_path(lint);
        let page = std::fs::read_to_string(&path).unwrap();
        let (start, end) = block_after(&page, "## Example", "rust")
            .unwrap_or_else(|| panic!("{}: the Example section needs a ```rust block", lint.name));
        let example = &page[start..end];
        let config = section_config(&page, "## Example", "## Use instead");
        let marked = example.contains("//~") || config.is_some_and(|config| config.contains("//~"));
        assert!(marked, "{}: the example must mark its finding with `//~`", lint.name);
        let rendered = check_example(lint, example, config, "example");
        if let Some((fixed_start, fixed_end)) = block_after(&page, "## Use instead", "rust") {
            let fixed = &page[fixed_start..fixed_end];
            assert!(
                !fixed.contains("//~"),
                "{}: the fixed example must produce no finding",
                lint.name
            );
            check_example(lint, fixed, config, "fixed");
        } else {
            panic!("{}: the Use instead section needs a ```rust block", lint.name);
        }
        let output_block = format!("\n```text\n{}```\n", rendered);
        let after_code = end + "```\n".len();
        let existing_end = page[after_code..].strip_prefix("\n```text\n").and_then(|rest| {
            rest.find("\n```\n")
                .map(|offset| after_code + "\n```text\n".len() + offset + "\n```\n".len())
        });
        let current = existing_end.map(|existing_end| &page[after_code..existing_end]);
        if blessing() {
            let updated = format!(
                "{}{}{}",
                &page[..after_code],
                output_block,
                &page[existing_end.unwrap_or(after_code)..]
            );
            std::fs::write(&path, updated).unwrap();
        } else {
            assert_eq!(
                current,
                Some(output_block.as_str()),
                "{}: the output under the example is not the tool's output; run `BLESS=1 cargo test --test lint_docs`",
                lint.name
            );
        }
    }
}

/// `docs/lints.md`, the lint index, is generated from the registry.
#[test]
fn the_lint_index_is_current() {
    let mut index = String::from(
        "# Lints\n\nGenerated from the lint registry by `BLESS=1 cargo test --test lint_docs`; each name \
         links to its page, which `cargo purpose explain NAME` also prints.\n\n| lint | default level | what it reports |\n|---|---|---|\n",
    );
    for lint in ALL {
        let level = match lint.default_level {
            Level::Deny => "deny",
            Level::Warn => "warn",
            Level::Allow => "allow",
        };
        index.push_str(&format!(
            "| [`{0}`](../lints/{0}.md) | {level} | {1} |\n",
            lint.name, lint.summary
        ));
    }
    let path = repo_root().join("docs/lints.md");
    if blessing() {
        std::fs::write(&path, &index).unwrap();
    } else {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            current, index,
            "docs/lints.md is out of date; run `BLESS=1 cargo test --test lint_docs`"
        );
    }
}
