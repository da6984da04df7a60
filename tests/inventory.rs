//! `cargo purpose inventory`: snapshots of the Markdown and JSON inventories of
//! `tests/fixtures/report/`, `tests/fixtures/inventory/` (one flow of each kind, a suppression and a
//! declassifier with reasons full of markup) and the bundled example; the nodes and edges of the
//! Mermaid and DOT pictures; SVG through Graphviz when it is installed; exit statuses; colors; and
//! the example's inventory in `docs/inventory.md`, which `BLESS=1` regenerates.
//!
//! `INSTA_UPDATE=always cargo test --test inventory` rewrites the snapshots; read the diff.

mod scratch;
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scratch::ScratchDir;
use serde_json::Value;
use support::{binary, blessing, repo_root};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}

fn report_fixture() -> PathBuf {
    repo_root().join("tests/fixtures/report")
}

fn inventory_fixture() -> PathBuf {
    repo_root().join("tests/fixtures/inventory")
}

fn example() -> PathBuf {
    repo_root().join("examples/twitter-2fa-ads")
}

fn run_with(args: &[&str], environment: &[(&str, &str)]) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(repo_root())
        .env_remove("NO_COLOR")
        .envs(environment.iter().copied())
        .output()
        .expect("the binary runs")
}

/// `inventory WORKSPACE --quiet --format FORMAT`, which must exit 0 (findings do not matter) and
/// print nothing on stderr; returns stdout.
fn inventory(workspace: &Path, format: &str) -> String {
    let path = workspace.to_string_lossy();
    let output = run_with(&["inventory", &path, "--quiet", "--format", format], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "--format {format}: {stderr}");
    assert_eq!(stderr, "", "--format {format}");
    text(&output.stdout)
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("bad JSON ({error}):\n{text}"))
}

// Snapshots.

#[test]
fn report_fixture_markdown_snapshot() {
    insta::assert_snapshot!("report_markdown", inventory(&report_fixture(), "markdown"));
}

#[test]
fn report_fixture_json_snapshot() {
    insta::assert_snapshot!("report_json", inventory(&report_fixture(), "json"));
}

#[test]
fn inventory_fixture_markdown_snapshot() {
    insta::assert_snapshot!("inventory_markdown", inventory(&inventory_fixture(), "markdown"));
}

#[test]
fn inventory_fixture_json_snapshot() {
    insta::assert_snapshot!("inventory_json", inventory(&inventory_fixture(), "json"));
}

#[test]
fn example_markdown_snapshot() {
    insta::assert_snapshot!("example_markdown", inventory(&example(), "markdown"));
}

#[test]
fn example_json_snapshot() {
    insta::assert_snapshot!("example_json", inventory(&example(), "json"));
}

// What the inventory holds.

#[test]
fn every_kind_of_flow_suppression_and_declassifier_is_listed() {
    let report = parse(&inventory(&inventory_fixture(), "json"));
    assert_eq!(report["version"], 1);
    let flows: Vec<(&str, &str, bool, &str, u64)> = report["flows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|flow| {
            (
                flow["field"].as_str().unwrap(),
                flow["sink"].as_str().unwrap(),
                flow["allowed"].as_bool().unwrap(),
                flow["status"].as_str().unwrap(),
                flow["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        flows,
        [
            ("Member.newsletter_email", "upload_audience", true, "allowed", 22),
            ("Member.phone", "upload_audience", false, "violation", 27),
            ("Member.phone", "upload_audience", false, "suppressed", 33),
        ]
    );
    for flow in report["flows"].as_array().unwrap() {
        let path = flow["path"].as_array().unwrap();
        assert!(!path.is_empty());
        assert_eq!(path.last().unwrap()["line"], flow["location"]["line"]);
    }
    let suppression = &report["suppressions"][0];
    assert_eq!(suppression["lint"], "purpose_violation");
    // The reason exactly as written in the code, escapes resolved: JSON needs no other care.
    assert_eq!(suppression["reason"], "DPO-17 | consent `v2` <b>\"signed\"</b> \\ *all* members");
    assert_eq!(suppression["hides"]["location"]["line"], 33);
    let declassifier = &report["declassifiers"][0];
    assert_eq!(declassifier["function"], "members_with_phone");
    assert_eq!(declassifier["reason"], "a count | not a \"person\"");
    assert_eq!(report["summary"]["violations"], 1);
    assert_eq!(report["summary"]["suppressed"], 1);
    assert_eq!(report["summary"]["allowed"], 1);
    assert_eq!(report["blind_spots"]["crates"][0]["name"], "inventory");
    assert_eq!(report["blind_spots"]["fixed_point_bound_hit"], serde_json::json!([]));
}

#[test]
fn markdown_escapes_reasons_in_table_cells() {
    let markdown = inventory(&inventory_fixture(), "markdown");
    assert!(
        markdown.contains(
            "| `purpose_violation` | DPO-17 \\| consent \\`v2\\` \\<b\\>\"signed\"\\</b\\> \\\\ \
             \\*all\\* members | `lib.rs:31:1` |"
        ),
        "{markdown}"
    );
    assert!(markdown.contains("| `members_with_phone` | a count \\| not a \"person\" | "));
    // Every table row has as many cells as its header: no pipe escaped the escaping.
    for table in markdown.split("\n\n").filter(|block| block.starts_with('|')) {
        let cells = |row: &str| row.replace("\\|", "").matches('|').count();
        let header = cells(table.lines().next().unwrap());
        for row in table.lines() {
            assert_eq!(cells(row), header, "{row}");
        }
    }
}

#[test]
fn file_names_with_markup_are_escaped_in_markdown() {
    let dir = ScratchDir::new("inventory-file-name");
    let library = std::fs::read_to_string(inventory_fixture().join("lib.rs")).unwrap();
    dir.write("we|rd `name`.rs", library);
    let output = run_with(&["inventory", &dir.path().to_string_lossy(), "-q"], &[]);
    assert_eq!(output.status.code(), Some(0));
    let markdown = text(&output.stdout);
    assert!(markdown.contains("| ``we\\|rd `name`.rs:10:9`` |"), "{markdown}");
}

#[test]
fn a_module_declared_once_per_configuration_is_one_module() {
    let dir = ScratchDir::new("inventory-cfg-module");
    dir.write(
        "lib.rs",
        "pub struct User {\n    #[collected_for(security)]\n    pub phone: String,\n}\n\
         #[cfg(feature = \"a\")]\nmod ads;\n#[cfg(not(feature = \"a\"))]\nmod ads;\n\
         pub fn run(user: &User) {\n    ads::upload(&user.phone);\n}\n",
    );
    dir.write("ads.rs", "#[ad_targeting]\npub fn upload(_: &str) {}\n");
    let inventory = parse(&inventory(dir.path(), "json"));
    let sinks = inventory["sinks"].as_array().expect("a list of sinks");
    assert_eq!(sinks.len(), 1, "{sinks:?}");
    assert_eq!(inventory["flows"].as_array().map(Vec::len), Some(1));
}

#[test]
fn mermaid_has_a_node_per_field_and_sink_and_labelled_edges() {
    let mermaid = inventory(&inventory_fixture(), "mermaid");
    assert!(mermaid.starts_with("flowchart LR\n"), "{mermaid}");
    for expected in [
        "field0[\"Member.phone<br/>collected for security\"]",
        "field1[\"Member.newsletter_email<br/>collected for marketing\"]",
        "sink0([\"upload_audience<br/>used for ad_targeting\"])",
        "field1 -->|\"allowed\"| sink0",
        "field0 -->|\"1 violation, 1 suppressed violation\"| sink0",
        "linkStyle 0 stroke:#1a7f37",
        "linkStyle 1 stroke:#d1242f",
        "class field0,sink0 violation",
    ] {
        assert!(mermaid.contains(expected), "no `{expected}` in:\n{mermaid}");
    }
    // The Markdown format holds the same picture in a fence GitHub renders.
    let markdown = inventory(&inventory_fixture(), "markdown");
    assert!(markdown.contains(&format!("```mermaid\n{mermaid}```\n")), "{markdown}");
}

#[test]
fn dot_has_a_node_per_field_and_sink_and_labelled_edges() {
    let dot = inventory(&inventory_fixture(), "dot");
    assert!(dot.starts_with("digraph inventory {\n"), "{dot}");
    assert!(dot.ends_with("}\n"));
    for expected in [
        "field0 [label=\"Member.phone\\ncollected for security\", shape=box, color=\"#d1242f\"",
        "field1 [label=\"Member.newsletter_email\\ncollected for marketing\", shape=box];",
        "sink0 [label=\"upload_audience\\nused for ad_targeting\", shape=ellipse, color=\"#d1242f\"",
        "field1 -> sink0 [label=\"allowed\", color=\"#1a7f37\"",
        "field0 -> sink0 [label=\"1 violation, 1 suppressed violation\", color=\"#d1242f\"",
    ] {
        assert!(dot.contains(expected), "no `{expected}` in:\n{dot}");
    }
}

fn dot_installed() -> bool {
    Command::new("dot").arg("-V").output().is_ok_and(|output| output.status.success())
}

#[test]
fn svg_is_drawn_by_graphviz_when_it_is_installed() {
    let dot = inventory(&example(), "dot");
    for label in ["Account.two_factor_phone", "match_partner_audience", "violation"] {
        assert!(dot.contains(label), "no `{label}` in the DOT:\n{dot}");
    }
    if !dot_installed() {
        println!("skipped rendering: Graphviz's `dot` is not on PATH (apt-get install graphviz)");
        return;
    }
    let svg = inventory(&example(), "svg");
    assert!(svg.contains("<svg"), "{svg}");
    for label in [
        "Account.two_factor_phone",
        "Account.recovery_email",
        "AudienceClient::upload_tailored_audience",
        "match_partner_audience",
        "violation",
    ] {
        assert!(svg.contains(label), "no `{label}` in the SVG");
    }
}

#[test]
fn svg_without_graphviz_exits_2_and_says_what_to_install() {
    // An empty PATH: no `dot`. The fixture has no manifest, so no `cargo` is needed either.
    let empty = ScratchDir::new("no-dot");
    let path = inventory_fixture();
    let output = run_with(
        &["inventory", &path.to_string_lossy(), "--format", "svg", "-q"],
        &[("PATH", &empty.path().to_string_lossy())],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(
            "error: `--format svg` needs Graphviz's `dot` program, which is not on PATH; install \
             Graphviz"
        ),
        "{stderr}"
    );
}

// Exit statuses, the summary line, colors.

#[test]
fn an_inventory_with_violations_exits_0_and_summarises_on_stderr() {
    let output = run_with(&["inventory", &report_fixture().to_string_lossy()], &[]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("inventoried 2 crates, 3 files in "), "{stderr}");
    assert!(
        stderr.ends_with("s: 1 annotated field, 2 sinks, 2 flows (2 violations)\n"),
        "{stderr}"
    );
    assert!(text(&output.stdout).starts_with("# Purpose inventory\n"));
}

#[test]
fn an_inventory_that_cannot_be_made_exits_2() {
    let output = run_with(&["inventory", "no/such/workspace"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
    assert!(text(&output.stderr).starts_with("error: `no/such/workspace` does not exist"));
}

#[test]
fn manifest_path_and_include_tests_are_accepted() {
    let manifest = report_fixture().join("Cargo.toml");
    let with_manifest = run_with(
        &["inventory", "--manifest-path", &manifest.to_string_lossy(), "--include-tests", "-q"],
        &[],
    );
    assert_eq!(with_manifest.status.code(), Some(0), "{}", text(&with_manifest.stderr));
    assert_eq!(text(&with_manifest.stdout), inventory(&report_fixture(), "markdown"));
}

const ESC: char = '\u{1b}';

#[test]
fn markdown_follows_the_color_choice() {
    let path = inventory_fixture();
    let path = path.to_string_lossy();
    let always = run_with(&["inventory", &path, "-q", "--color", "always"], &[]);
    assert!(text(&always.stdout).contains(&format!("{ESC}[1;31mviolation{ESC}[0m")));
    for color in ["never", "auto"] {
        let plain = run_with(&["inventory", &path, "-q", "--color", color], &[]);
        assert!(!text(&plain.stdout).contains(ESC), "--color {color}");
    }
    // JSON, Mermaid and DOT never carry colors.
    let json = run_with(&["inventory", &path, "-q", "--color", "always", "--format", "json"], &[]);
    assert!(!text(&json.stdout).contains(ESC));
}

#[test]
fn output_is_identical_from_run_to_run() {
    for format in ["markdown", "json", "mermaid", "dot"] {
        assert!(
            inventory(&example(), format) == inventory(&example(), format),
            "--format {format} differs between two runs"
        );
    }
}

// The documentation.

const DOC_BEGIN: &str = "<!-- begin: generated by tests/inventory.rs, BLESS=1 regenerates -->\n";
const DOC_END: &str = "<!-- end: generated -->\n";

/// The example's Markdown inventory as `docs/inventory.md` shows it: headings one level down, so
/// they sit under the page's own.
fn example_for_the_docs() -> String {
    inventory(&example(), "markdown")
        .lines()
        .map(|line| if line.starts_with('#') { format!("#{line}\n") } else { format!("{line}\n") })
        .collect()
}

#[test]
fn docs_inventory_md_shows_the_examples_inventory() {
    let path = repo_root().join("docs/inventory.md");
    let page = std::fs::read_to_string(&path).unwrap();
    let (before, rest) = page.split_once(DOC_BEGIN).expect("docs/inventory.md has its markers");
    let (shown, after) = rest.split_once(DOC_END).expect("docs/inventory.md has its end marker");
    let generated = example_for_the_docs();
    if blessing() {
        std::fs::write(&path, format!("{before}{DOC_BEGIN}{generated}{DOC_END}{after}")).unwrap();
        return;
    }
    assert!(
        shown == generated,
        "docs/inventory.md is out of date; rerun with BLESS=1 and read the diff"
    );
}

#[test]
fn docs_inventory_md_names_every_json_field() {
    let page = std::fs::read_to_string(repo_root().join("docs/inventory.md")).unwrap();
    let report = parse(&inventory(&inventory_fixture(), "json"));
    let mut names = Vec::new();
    collect_keys(&report, &mut names);
    for name in names {
        assert!(
            page.contains(&format!("`{name}`")),
            "docs/inventory.md does not describe `{name}`"
        );
    }
}

fn collect_keys(value: &Value, names: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                if !names.contains(key) {
                    names.push(key.clone());
                }
                collect_keys(inner, names);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_keys(item, names)),
        _ => {}
    }
}
