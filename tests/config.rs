//! Tests of the configuration file: `policy::config::parse` on valid files and on every error it
//! reports (message, line, column and suggestion, through the rendered error), and
//! `workspace::find_config` on real directories.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use cargo_purpose::policy::config::{
    Config, ConfigError, ExternalSink, ExternalSource, PurposeRule, nearest, parse,
};
use cargo_purpose::policy::lints::Level;
use cargo_purpose::workspace::{ConfigKind, ConfigSource, find_config};

fn purpose_toml(text: &str) -> ConfigSource {
    ConfigSource {
        display: "purpose.toml".to_string(),
        text: text.to_string(),
        kind: ConfigKind::PurposeToml,
    }
}

fn cargo_toml(text: &str, kind: ConfigKind) -> ConfigSource {
    ConfigSource { display: "Cargo.toml".to_string(), text: text.to_string(), kind }
}

fn parse_ok(source: &ConfigSource) -> Config {
    match parse(source) {
        Ok(config) => config,
        Err(error) => panic!("expected the configuration to parse, got:\n{error}"),
    }
}

fn parse_err(source: &ConfigSource) -> ConfigError {
    match parse(source) {
        Ok(config) => panic!("expected an error, got {config:#?}"),
        Err(error) => error,
    }
}

/// The rendered error of a `purpose.toml` with this text.
fn error(text: &str) -> String {
    parse_err(&purpose_toml(text)).to_string()
}

fn names(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

// Valid files.

#[test]
fn default_is_the_built_in_policy() {
    let config = Config::default();
    assert_eq!(
        config.purposes,
        BTreeMap::from([("security".to_string(), PurposeRule::Forbids(names(&["ad_targeting"])))])
    );
    assert!(!config.from_file);
    assert!(config.uses.is_empty());
    assert!(config.sinks.is_empty());
    assert!(config.sources.is_empty());
    assert!(config.lints.is_empty());
    assert!(config.exclude.is_empty());
    assert_eq!(config.include_tests, None);
    assert!(config.taxonomy.is_empty());
    assert!(config.forbids("security", "ad_targeting"));
    assert!(!config.forbids("security", "analytics"));
    assert!(!config.forbids("analytics", "ad_targeting"));
}

#[test]
fn empty_file_keeps_the_built_in_rule() {
    let config = parse_ok(&purpose_toml(""));
    assert_eq!(config, Config { from_file: true, ..Config::default() });
}

#[test]
fn file_without_purposes_keeps_the_built_in_rule() {
    let config = parse_ok(&purpose_toml("[lints]\npurpose_violation = \"warn\"\n"));
    assert_eq!(config.purposes, Config::default().purposes);
    assert_eq!(config.lints, BTreeMap::from([("purpose_violation".to_string(), Level::Warn)]));
}

#[test]
fn full_file() {
    let text = r#"
[purposes.security]
forbids = ["ad_targeting", "profiling"]
taxonomy = "essential.service.security"

[purposes.billing]
allows = ["billing", "fraud_prevention"]

[uses.ad_targeting]
taxonomy = "marketing.advertising.third_party.targeted"

[uses.profiling]
[uses.billing]
[uses.fraud_prevention]

[[sinks]]
path = "ads_sdk::AudienceClient::upload"
uses = ["ad_targeting"]

[[sinks]]
path = "ads_sdk::track"
uses = ["ad_targeting", "profiling"]

[[sources]]
path = "auth0::UserInfo::phone_number"
purposes = ["security"]

[lints]
purpose_violation = "deny"
missing-module = "allow"
unparsable_file = "warn"

[check]
exclude = ["src/generated", "legacy/**", "./vendor/"]
include-tests = true
"#;
    let config = parse_ok(&purpose_toml(text));
    let expected = Config {
        purposes: BTreeMap::from([
            ("security".to_string(), PurposeRule::Forbids(names(&["ad_targeting", "profiling"]))),
            (
                "billing".to_string(),
                PurposeRule::AllowsOnly(names(&["billing", "fraud_prevention"])),
            ),
        ]),
        uses: BTreeSet::from_iter(names(&[
            "ad_targeting",
            "billing",
            "fraud_prevention",
            "profiling",
        ])),
        sinks: vec![
            ExternalSink {
                path: "ads_sdk::AudienceClient::upload".to_string(),
                uses: names(&["ad_targeting"]),
            },
            ExternalSink {
                path: "ads_sdk::track".to_string(),
                uses: names(&["ad_targeting", "profiling"]),
            },
        ],
        sources: vec![ExternalSource {
            path: "auth0::UserInfo::phone_number".to_string(),
            purposes: names(&["security"]),
        }],
        lints: BTreeMap::from([
            ("missing_module".to_string(), Level::Allow),
            ("purpose_violation".to_string(), Level::Deny),
            ("unparsable_file".to_string(), Level::Warn),
        ]),
        exclude: names(&["src/generated", "legacy/**", "vendor"]),
        include_tests: Some(true),
        from_file: true,
        purposes_declared: true,
        taxonomy: BTreeMap::from([
            ("ad_targeting".to_string(), "marketing.advertising.third_party.targeted".to_string()),
            ("security".to_string(), "essential.service.security".to_string()),
        ]),
    };
    assert_eq!(config, expected);
    assert!(config.forbids("security", "profiling"));
    assert!(config.forbids("billing", "ad_targeting"));
    assert!(!config.forbids("billing", "fraud_prevention"));
}

#[test]
fn purposes_table_replaces_the_built_in_rule() {
    let config = parse_ok(&purpose_toml("[purposes.analytics]\nallows = [\"analytics\"]\n"));
    assert_eq!(
        config.purposes,
        BTreeMap::from([("analytics".to_string(), PurposeRule::AllowsOnly(names(&["analytics"])))])
    );
    assert!(!config.forbids("security", "ad_targeting"));
}

#[test]
fn empty_forbids_is_a_purpose_without_restriction() {
    let config = parse_ok(&purpose_toml("[purposes.marketing]\nforbids = []\n"));
    assert_eq!(config.purposes["marketing"], PurposeRule::Forbids(Vec::new()));
    assert!(!config.forbids("marketing", "ad_targeting"));
}

#[test]
fn inline_tables_are_accepted() {
    let text = "purposes = { security = { forbids = [\"ad_targeting\"] } }\n\
                sinks = [{ path = \"ads::upload\", uses = [\"ad_targeting\"] }]\n";
    let config = parse_ok(&purpose_toml(text));
    assert!(config.forbids("security", "ad_targeting"));
    assert_eq!(config.sinks[0].path, "ads::upload");
}

#[test]
fn same_taxonomy_label_on_purpose_and_use() {
    let text = "[purposes.security]\nforbids = []\ntaxonomy = \"essential.service.security\"\n\
                [uses.security]\ntaxonomy = \"essential.service.security\"\n";
    let config = parse_ok(&purpose_toml(text));
    assert_eq!(config.taxonomy["security"], "essential.service.security");
}

#[test]
fn workspace_metadata_in_cargo_toml() {
    let text = r#"[workspace]
members = ["app"]

[workspace.package]
edition = "2024"

[workspace.metadata.purpose.purposes.security]
forbids = ["ad_targeting", "analytics"]

[[workspace.metadata.purpose.sinks]]
path = "ads_sdk::upload"
uses = ["ad_targeting"]

[workspace.metadata.purpose.check]
include-tests = true

[workspace.metadata.other-tool]
anything = 1
"#;
    let config = parse_ok(&cargo_toml(text, ConfigKind::WorkspaceMetadata));
    assert!(config.from_file);
    assert!(config.forbids("security", "analytics"));
    assert_eq!(config.sinks.len(), 1);
    assert_eq!(config.include_tests, Some(true));
}

#[test]
fn package_metadata_in_cargo_toml() {
    let text = r#"[package]
name = "app"
version = "0.1.0"
edition = "2024"

[package.metadata.purpose]
lints = { purpose_violation = "warn" }

[package.metadata.purpose.purposes.security]
allows = ["security"]

[dependencies]
serde = "1"
"#;
    let config = parse_ok(&cargo_toml(text, ConfigKind::PackageMetadata));
    assert!(config.forbids("security", "ad_targeting"));
    assert_eq!(config.lints["purpose_violation"], Level::Warn);
}

#[test]
fn fides_example_parses() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies/fides.toml");
    let text = std::fs::read_to_string(&path).expect("examples/policies/fides.toml is readable");
    let config = parse_ok(&purpose_toml(&text));
    assert!(config.forbids("security", "ad_targeting"));
    assert!(config.forbids("analytics", "ad_targeting"));
    assert!(config.uses.contains("personalization"));
    assert_eq!(config.taxonomy["security"], "essential.service.security");
    assert_eq!(config.taxonomy["ad_targeting"], "marketing.advertising.third_party.targeted");
    assert_eq!(config.taxonomy["analytics"], "analytics.reporting");
}

#[test]
fn every_toml_example_in_the_reference_parses() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/configuration.md");
    let text = std::fs::read_to_string(&path).expect("docs/configuration.md is readable");
    let blocks: Vec<&str> =
        text.split("```toml\n").skip(1).filter_map(|rest| rest.split("```").next()).collect();
    assert!(blocks.len() >= 8, "found {} TOML examples", blocks.len());
    for block in blocks {
        let source = if block.starts_with("[workspace]") {
            cargo_toml(block, ConfigKind::WorkspaceMetadata)
        } else {
            purpose_toml(block)
        };
        if let Err(error) = parse(&source) {
            panic!("this example does not parse:\n{block}\n{error}");
        }
    }
}

// Errors from the file's shape.

#[test]
fn unknown_top_level_key() {
    assert_eq!(
        error("purpuses = 1\n\n[purposes.security]\nforbids = []\n"),
        "purpose.toml:1:1: unknown key `purpuses`\n  = help: did you mean `purposes`?"
    );
}

#[test]
fn unknown_top_level_table() {
    assert_eq!(
        error("[lint]\npurpose_violation = \"deny\"\n"),
        "purpose.toml:1:2: unknown key `lint`\n  = help: did you mean `lints`?"
    );
}

#[test]
fn unknown_key_without_a_near_name_lists_the_keys() {
    assert_eq!(
        error("[purposes.security]\nforbids = []\ncolour = \"red\"\n"),
        "purpose.toml:3:1: unknown key `colour`\n  \
         = help: the keys allowed here are `forbids`, `allows` and `taxonomy`"
    );
}

#[test]
fn unknown_key_in_a_purpose() {
    assert_eq!(
        error("[purposes.security]\nforbid = [\"ad_targeting\"]\n"),
        "purpose.toml:2:1: unknown key `forbid`\n  = help: did you mean `forbids`?"
    );
}

#[test]
fn unknown_key_in_a_sink() {
    assert_eq!(
        error("[[sinks]]\npath = \"ads::upload\"\nuse = [\"ad_targeting\"]\n"),
        "purpose.toml:3:1: unknown key `use`\n  = help: did you mean `uses`?"
    );
}

#[test]
fn unknown_key_in_a_source() {
    assert_eq!(
        error("[[sources]]\npath = \"auth0::User::phone\"\npurpose = [\"security\"]\n"),
        "purpose.toml:3:1: unknown key `purpose`\n  = help: did you mean `purposes`?"
    );
}

#[test]
fn unknown_key_in_a_use() {
    assert_eq!(
        error("[uses.ad_targeting]\ntaxonmy = \"marketing\"\n"),
        "purpose.toml:2:1: unknown key `taxonmy`\n  = help: did you mean `taxonomy`?"
    );
}

#[test]
fn unknown_key_in_check_with_underscore() {
    assert_eq!(
        error("[check]\ninclude_tests = true\n"),
        "purpose.toml:2:1: unknown key `include_tests`\n  = help: did you mean `include-tests`?"
    );
}

#[test]
fn wrong_type_string_for_a_list() {
    assert_eq!(
        error("[purposes.security]\nforbids = \"ad_targeting\"\n"),
        "purpose.toml:2:11: wrong type: expected an array, found a string\n  \
         = help: did you mean `[\"ad_targeting\"]`?"
    );
}

#[test]
fn wrong_type_in_a_list() {
    assert_eq!(
        error("[purposes.security]\nforbids = [\"ad_targeting\", 3]\n"),
        "purpose.toml:2:28: wrong type: expected a string, found an integer"
    );
}

#[test]
fn wrong_type_for_a_boolean() {
    assert_eq!(
        error("[check]\ninclude-tests = \"yes\"\n"),
        "purpose.toml:2:17: wrong type: expected a boolean, found a string\n  \
         = help: write `true` or `false`, without quotes"
    );
}

#[test]
fn wrong_type_for_a_table() {
    assert_eq!(
        error("purposes = 3\n"),
        "purpose.toml:1:12: wrong type: expected a table, found an integer"
    );
}

#[test]
fn wrong_type_for_a_purpose() {
    assert_eq!(
        error("[purposes]\nsecurity = \"ad_targeting\"\n"),
        "purpose.toml:2:12: wrong type: expected a table, found a string"
    );
}

#[test]
fn wrong_type_for_sinks() {
    assert_eq!(
        error("[sinks]\npath = \"ads::upload\"\n"),
        "purpose.toml:1:1: wrong type: expected an array, found a table"
    );
}

#[test]
fn toml_syntax_error() {
    assert_eq!(error("[purposes\n"), "purpose.toml:1:10: unclosed table, expected `]`");
}

#[test]
fn duplicate_table() {
    assert_eq!(
        error("[purposes.security]\nforbids = []\n[purposes.security]\nallows = []\n"),
        "purpose.toml:3:11: duplicate key `security`"
    );
}

// Errors found after the shape is known.

#[test]
fn purpose_with_both_forbids_and_allows() {
    assert_eq!(
        error("\n[purposes.security]\nforbids = [\"ad_targeting\"]\nallows = [\"security\"]\n"),
        "purpose.toml:2:1: purpose `security` has both `forbids` and `allows`\n  \
         = help: keep one: `forbids` lists the uses ruled out, `allows` the only uses permitted"
    );
}

#[test]
fn purpose_with_neither_forbids_nor_allows() {
    assert_eq!(
        error("[purposes.security]\ntaxonomy = \"essential.service.security\"\n"),
        "purpose.toml:1:1: purpose `security` has neither `forbids` nor `allows`\n  \
         = help: add `forbids = [..]` with the uses it rules out, or `allows = [..]` with the \
         only uses it permits"
    );
}

#[test]
fn wrong_rule_is_not_also_an_undeclared_purpose() {
    assert_eq!(
        error(
            "[[sources]]\npath = \"auth0::UserInfo::phone_number\"\npurposes = [\"security\"]\n\n\
             [purposes.security]\n"
        ),
        "purpose.toml:5:1: purpose `security` has neither `forbids` nor `allows`\n  \
         = help: add `forbids = [..]` with the uses it rules out, or `allows = [..]` with the \
         only uses it permits"
    );
}

#[test]
fn purpose_name_not_an_identifier() {
    assert_eq!(
        error("[purposes.two-factor]\nforbids = []\n"),
        "purpose.toml:1:11: `two-factor` is not a valid purpose name\n  \
         = help: did you mean `two_factor`?"
    );
}

#[test]
fn use_name_not_an_identifier() {
    assert_eq!(
        error("[purposes.security]\nforbids = [\"ad targeting\"]\n"),
        "purpose.toml:2:12: `ad targeting` is not a valid use name\n  \
         = help: did you mean `ad_targeting`?"
    );
}

#[test]
fn keyword_is_not_a_name() {
    assert_eq!(
        error("[uses.type]\n"),
        "purpose.toml:1:7: `type` is not a valid use name\n  \
         = help: use names are Rust identifiers, as written in `#[used_for(..)]`"
    );
}

#[test]
fn unknown_lint() {
    assert_eq!(
        error("[lints]\npurpose_violaton = \"deny\"\n"),
        "purpose.toml:2:1: unknown lint `purpose_violaton`\n  \
         = help: did you mean `purpose_violation`?"
    );
}

#[test]
fn unknown_lint_without_a_near_name_lists_the_lints() {
    let rendered = error("[lints]\nclippy = \"deny\"\n");
    assert!(
        rendered.starts_with("purpose.toml:2:1: unknown lint `clippy`\n  = help: the lints are `"),
        "{rendered}"
    );
    assert!(rendered.contains("`purpose_violation`"), "{rendered}");
}

#[test]
fn unknown_level() {
    assert_eq!(
        error("[lints]\npurpose_violation = \"dney\"\n"),
        "purpose.toml:2:21: unknown lint level `dney`\n  = help: did you mean `deny`?"
    );
}

#[test]
fn level_from_another_tool() {
    assert_eq!(
        error("[lints]\npurpose_violation = \"error\"\n"),
        "purpose.toml:2:21: unknown lint level `error`\n  = help: did you mean `deny`?"
    );
}

#[test]
fn unknown_level_without_a_near_name() {
    assert_eq!(
        error("[lints]\npurpose_violation = \"loud\"\n"),
        "purpose.toml:2:21: unknown lint level `loud`\n  \
         = help: the levels are `allow`, `warn` and `deny`"
    );
}

#[test]
fn lint_set_twice() {
    assert_eq!(
        error("[lints]\npurpose_violation = \"deny\"\npurpose-violation = \"warn\"\n"),
        "purpose.toml:3:1: lint `purpose_violation` is set twice\n  \
         = help: `-` and `_` are the same in lint names; keep one of the two"
    );
}

#[test]
fn sink_path_with_one_segment() {
    assert_eq!(
        error("[[sinks]]\npath = \"upload\"\nuses = [\"ad_targeting\"]\n"),
        "purpose.toml:2:8: sink path `upload` needs at least two segments\n  \
         = help: start the path with the crate's name, such as `ads_sdk::AudienceClient::upload`"
    );
}

#[test]
fn sink_path_with_an_empty_segment() {
    assert_eq!(
        error("[[sinks]]\npath = \"ads_sdk::::upload\"\nuses = [\"ad_targeting\"]\n"),
        "purpose.toml:2:8: sink path `ads_sdk::::upload` has an empty segment\n  \
         = help: write the full path, such as `ads_sdk::AudienceClient::upload`"
    );
}

#[test]
fn empty_sink_path() {
    assert_eq!(
        error("[[sinks]]\npath = \"\"\nuses = [\"ad_targeting\"]\n"),
        "purpose.toml:2:8: sink path is empty\n  \
         = help: write the item's full path, such as `ads_sdk::AudienceClient::upload`"
    );
}

#[test]
fn source_path_with_a_leading_separator() {
    assert_eq!(
        error("[[sources]]\npath = \"::auth0::UserInfo\"\npurposes = [\"security\"]\n"),
        "purpose.toml:2:8: source path `::auth0::UserInfo` has an empty segment\n  \
         = help: write the full path, such as `auth0::UserInfo::phone_number`"
    );
}

#[test]
fn source_path_with_one_segment() {
    assert_eq!(
        error("[[sources]]\npath = \"phone_number\"\npurposes = [\"security\"]\n"),
        "purpose.toml:2:8: source path `phone_number` needs at least two segments\n  \
         = help: start the path with the crate's name, such as `auth0::UserInfo::phone_number`"
    );
}

#[test]
fn path_segment_not_an_identifier() {
    assert_eq!(
        error("[[sinks]]\npath = \"ads-sdk::upload\"\nuses = [\"ad_targeting\"]\n"),
        "purpose.toml:2:8: `ads-sdk` in sink path `ads-sdk::upload` is not a Rust identifier\n  \
         = help: did you mean `ads_sdk::upload`?"
    );
}

#[test]
fn sink_without_path() {
    assert_eq!(
        error("[[sinks]]\nuses = [\"ad_targeting\"]\n"),
        "purpose.toml:1:1: `[[sinks]]` entry has no `path`\n  \
         = help: add the item's full path, such as `path = \"ads_sdk::AudienceClient::upload\"`"
    );
}

#[test]
fn sink_with_no_uses() {
    assert_eq!(
        error("[[sinks]]\npath = \"ads::upload\"\nuses = []\n"),
        "purpose.toml:3:8: sink `ads::upload` has no uses\n  \
         = help: list what it uses data for, such as `uses = [\"ad_targeting\"]`"
    );
}

#[test]
fn sink_without_uses_key() {
    assert_eq!(
        error("[[sinks]]\npath = \"ads::upload\"\n"),
        "purpose.toml:1:1: sink `ads::upload` has no uses\n  \
         = help: list what it uses data for, such as `uses = [\"ad_targeting\"]`"
    );
}

#[test]
fn source_with_no_purposes() {
    assert_eq!(
        error("[[sources]]\npath = \"auth0::UserInfo::phone_number\"\npurposes = []\n"),
        "purpose.toml:3:12: source `auth0::UserInfo::phone_number` has no purposes\n  \
         = help: list what the data was collected for, such as `purposes = [\"security\"]`"
    );
}

#[test]
fn undeclared_use_in_a_rule() {
    assert_eq!(
        error(
            "[uses.ad_targeting]\n[uses.analytics]\n\n\
             [purposes.security]\nforbids = [\"analytics\", \"ad_targetting\"]\n"
        ),
        "purpose.toml:5:25: use `ad_targetting` is not declared in `[uses]`\n  \
         = help: did you mean `ad_targeting`?"
    );
}

#[test]
fn undeclared_use_in_a_sink() {
    assert_eq!(
        error("[uses.ad_targeting]\n\n[[sinks]]\npath = \"ads::upload\"\nuses = [\"marketing\"]\n"),
        "purpose.toml:5:9: use `marketing` is not declared in `[uses]`\n  \
         = help: declare it with `[uses.marketing]`"
    );
}

#[test]
fn uses_are_not_checked_when_none_are_declared() {
    let config =
        parse_ok(&purpose_toml("[[sinks]]\npath = \"ads::upload\"\nuses = [\"anything\"]\n"));
    assert!(config.uses.is_empty());
    assert_eq!(config.sinks[0].uses, names(&["anything"]));
}

#[test]
fn undeclared_purpose_in_a_source() {
    assert_eq!(
        error(
            "[purposes.security]\nforbids = []\n\n\
             [[sources]]\npath = \"auth0::UserInfo::phone_number\"\npurposes = [\"securty\"]\n"
        ),
        "purpose.toml:6:13: purpose `securty` is not declared in `[purposes]`\n  \
         = help: did you mean `security`?"
    );
}

#[test]
fn two_taxonomy_labels_for_one_name() {
    assert_eq!(
        error(
            "[uses.security]\ntaxonomy = \"essential.service.security\"\n\
             [purposes.security]\nforbids = []\ntaxonomy = \"essential.service\"\n"
        ),
        "purpose.toml:5:12: `security` has two taxonomy labels, `essential.service.security` \
         and `essential.service`\n  \
         = help: a name has one label; give `[purposes.security]` the same one or remove it"
    );
}

#[test]
fn empty_taxonomy_label() {
    assert_eq!(
        error("[uses.ad_targeting]\ntaxonomy = \"\"\n"),
        "purpose.toml:2:12: the taxonomy label of `ad_targeting` is empty\n  \
         = help: remove `taxonomy`, or write a label such as `essential.service.security`"
    );
}

#[test]
fn absolute_exclude_pattern() {
    assert_eq!(
        error("[check]\nexclude = [\"src\", \"/home/me/src/generated\"]\n"),
        "purpose.toml:2:19: exclude pattern `/home/me/src/generated` is an absolute path\n  \
         = help: write a path relative to the workspace root, such as `src/generated` or \
         `legacy/**`"
    );
}

#[test]
fn exclude_pattern_leaving_the_workspace() {
    assert_eq!(
        error("[check]\nexclude = [\"../other\"]\n"),
        "purpose.toml:2:12: exclude pattern `../other` leaves the workspace\n  \
         = help: write a path relative to the workspace root, such as `src/generated` or \
         `legacy/**`"
    );
}

#[test]
fn first_error_in_file_order_is_reported() {
    // `[lints]` is validated after `[purposes]`, but its error comes first in the file.
    assert_eq!(
        error("[lints]\npurpose_violation = \"dney\"\n[purposes.security]\nallows = [\"a-b\"]\n"),
        "purpose.toml:2:21: unknown lint level `dney`\n  = help: did you mean `deny`?"
    );
}

#[test]
fn error_fields_and_column_in_characters() {
    let error =
        parse_err(&purpose_toml("# née\n[purposes.\"sécurité\"]\nforbids = [\"é\", \"a-b\"]\n"));
    assert_eq!(error.file, "purpose.toml");
    assert_eq!(error.message, "`a-b` is not a valid use name");
    assert_eq!(error.help.as_deref(), Some("did you mean `a_b`?"));
    // `"é", ` is five characters and six bytes: the column counts characters, as rustc does.
    assert_eq!((error.line, error.column), (3, 17));
}

#[test]
fn non_ascii_bare_key() {
    // TOML wants keys outside `A-Za-z0-9_-` quoted; the parser's message is kept as it is.
    assert_eq!(
        error("[purposes.sé]\n"),
        "purpose.toml:1:12: invalid unquoted key, expected letters, numbers, `-`, `_`"
    );
}

// Errors in Cargo.toml point into the manifest.

#[test]
fn unknown_key_in_workspace_metadata() {
    let text = "[workspace]\nmembers = []\n\n[workspace.metadata.purpose]\nsink = []\n";
    assert_eq!(
        parse_err(&cargo_toml(text, ConfigKind::WorkspaceMetadata)).to_string(),
        "Cargo.toml:5:1: unknown key `sink`\n  = help: did you mean `sinks`?"
    );
}

#[test]
fn error_in_package_metadata() {
    let text = "[package]\nname = \"app\"\n\n[package.metadata.purpose.lints]\n\
                purpose_violation = \"forbid\"\n";
    assert_eq!(
        parse_err(&cargo_toml(text, ConfigKind::PackageMetadata)).to_string(),
        "Cargo.toml:5:21: unknown lint level `forbid`\n  = help: did you mean `deny`?"
    );
}

#[test]
fn both_metadata_tables() {
    let text = "[workspace.metadata.purpose]\nlints = {}\n\n\
                [package]\nname = \"app\"\n[package.metadata.purpose]\nlints = {}\n";
    assert_eq!(
        parse_err(&cargo_toml(text, ConfigKind::WorkspaceMetadata)).to_string(),
        "Cargo.toml:6:1: both `[workspace.metadata.purpose]` and `[package.metadata.purpose]` \
         are set\n  = help: keep one of the two tables; the configuration is read from one place"
    );
}

#[test]
fn metadata_table_missing() {
    let text = "[package]\nname = \"app\"\n";
    assert_eq!(
        parse_err(&cargo_toml(text, ConfigKind::PackageMetadata)).to_string(),
        "Cargo.toml:1:1: no `[workspace.metadata.purpose]` or `[package.metadata.purpose]` \
         table\n  = help: add the table, or write the configuration to `purpose.toml`"
    );
}

// Helpers.

#[test]
fn nearest_names() {
    let lints = ["purpose_violation", "missing_module", "unparsable_file"];
    assert_eq!(nearest("purpose-violaton", lints), Some("purpose_violation"));
    assert_eq!(nearest("MISSING_MODULE", lints), Some("missing_module"));
    assert_eq!(nearest("violation", lints), None);
    assert_eq!(nearest("x", ["y", "xy"]), Some("xy"));
    assert_eq!(nearest("anything", []), None);
}

#[test]
fn exclude_patterns() {
    let config = parse_ok(&purpose_toml(
        "[check]\nexclude = [\"src/generated\", \"legacy/**\", \"**/fixtures\", \"gen_*.rs\", \
         \"src/?.rs\"]\n",
    ));
    for excluded in [
        "src/generated",
        "src/generated/schema.rs",
        "legacy/old.rs",
        "legacy/deep/er.rs",
        "fixtures/a.rs",
        "crates/app/tests/fixtures/b.rs",
        "gen_models.rs",
        "src/a.rs",
    ] {
        assert!(config.is_excluded(excluded), "{excluded} should be excluded");
    }
    for kept in ["src/generated.rs", "src/lib.rs", "legacy.rs", "src/gen_models.rs", "src/ab.rs"] {
        assert!(!config.is_excluded(kept), "{kept} should be kept");
    }
}

#[test]
fn lint_level_from_the_file_or_the_default() {
    use cargo_purpose::policy::lints;
    let config = parse_ok(&purpose_toml("[lints]\nmissing_module = \"deny\"\n"));
    assert_eq!(config.level(&lints::missing_module::LINT), Level::Deny);
    let purpose_violation = &lints::purpose_violation::LINT;
    assert_eq!(config.level(purpose_violation), purpose_violation.default_level);
}

// find_config.

/// A fresh directory under the system's temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("purpose-config-{}-{unique}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("the temporary directory can be created");
        TempDir(dir)
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.0.join(name), text).expect("the fixture file can be written");
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn find(dir: &TempDir) -> Option<ConfigSource> {
    find_config(&dir.0).expect("the directory is readable")
}

#[test]
fn find_config_without_any_file() {
    let dir = TempDir::new();
    assert!(find(&dir).is_none());
}

#[test]
fn find_config_finds_purpose_toml() {
    let dir = TempDir::new();
    dir.write("purpose.toml", "[lints]\n");
    let source = find(&dir).expect("purpose.toml is found");
    assert_eq!(source.display, "purpose.toml");
    assert_eq!(source.kind, ConfigKind::PurposeToml);
    assert_eq!(source.text, "[lints]\n");
}

#[test]
fn find_config_ignores_a_manifest_without_the_table() {
    let dir = TempDir::new();
    dir.write("Cargo.toml", "[package]\nname = \"app\"\n# [package.metadata.purpose]\n");
    assert!(find(&dir).is_none());
}

#[test]
fn find_config_finds_workspace_metadata() {
    let dir = TempDir::new();
    dir.write("Cargo.toml", "[workspace]\n[workspace.metadata.purpose.lints]\n");
    let source = find(&dir).expect("the workspace table is found");
    assert_eq!(source.display, "Cargo.toml");
    assert_eq!(source.kind, ConfigKind::WorkspaceMetadata);
    assert!(parse(&source).is_ok());
}

#[test]
fn find_config_finds_package_metadata_written_as_dotted_keys() {
    let dir = TempDir::new();
    dir.write("Cargo.toml", "[package]\nname = \"app\"\nmetadata.purpose.lints = {}\n");
    let source = find(&dir).expect("the package table is found");
    assert_eq!(source.kind, ConfigKind::PackageMetadata);
    assert!(parse(&source).is_ok());
}

#[test]
fn find_config_prefers_purpose_toml_over_the_manifest() {
    let dir = TempDir::new();
    dir.write("Cargo.toml", "[workspace.metadata.purpose]\n");
    dir.write("purpose.toml", "");
    let source = find(&dir).expect("a configuration is found");
    assert_eq!(source.kind, ConfigKind::PurposeToml);
    assert_eq!(source.display, "purpose.toml");
}

#[test]
fn find_config_leaves_an_invalid_manifest_to_cargo() {
    let dir = TempDir::new();
    dir.write("Cargo.toml", "[workspace.metadata.purpose\n");
    assert!(find(&dir).is_none());
}

#[test]
fn find_config_reports_an_unreadable_purpose_toml() {
    let dir = TempDir::new();
    std::fs::create_dir(dir.0.join("purpose.toml")).expect("the directory can be created");
    assert!(find_config(&dir.0).is_err());
}

/// End to end: a bad configuration stops the check with status 2 and says where and what.
#[test]
fn an_invalid_configuration_stops_the_check_with_status_2() {
    let dir = std::env::temp_dir().join(format!("purpose-config-cli-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        "[package]\nname = \"x\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(dir.join("purpose.toml"), "[purpuses.security]\nforbids = [\"ad_targeting\"]\n")
        .unwrap();
    std::fs::write(dir.join("src/lib.rs"), "pub fn f() {}\n").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cargo-purpose"))
        .args(["check", "--quiet"])
        .current_dir(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr,
        "error: purpose.toml:1:2: unknown key `purpuses`\n  = help: did you mean `purposes`?\n"
    );
}
