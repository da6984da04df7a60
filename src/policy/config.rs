//! The configuration file: `purpose.toml`, or the same tables under `[workspace.metadata.purpose]`
//! or `[package.metadata.purpose]` in `Cargo.toml`, read into a validated [`Config`].
//!
//! Reading happens in two steps. serde, with `deny_unknown_fields` and `toml::Spanned` on every
//! value, checks the shape and keeps where each value was written; then [`Validator`] checks what
//! serde cannot (names, paths, lint levels, one rule per purpose, a closed vocabulary of uses).
//! Every error names its line and column, and suggests a near name when there is one. The first
//! error in file order is returned, so fixing errors top to bottom converges.
//! The reference for users is `docs/configuration.md`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use crate::policy::lints::{self, Level};
use crate::workspace::{ConfigKind, ConfigSource};

/// The policy and settings a workspace asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Collection purpose → the rule for the uses its data may reach.
    pub purposes: BTreeMap<String, PurposeRule>,
    /// The uses declared in `[uses.*]`; empty when the file declares none, and then any use name
    /// is accepted.
    pub uses: BTreeSet<String>,
    pub sinks: Vec<ExternalSink>,
    pub sources: Vec<ExternalSource>,
    /// Lint name (as registered, with `_`) → level from the file.
    pub lints: BTreeMap<String, Level>,
    /// Workspace-relative path prefixes or globs, with `/` as separator; see [`Config::is_excluded`].
    pub exclude: Vec<String>,
    pub include_tests: Option<bool>,
    /// `false` for the built-in default.
    pub from_file: bool,
    /// The file declares `[purposes]`: the purposes annotations may name are exactly those.
    pub purposes_declared: bool,
    /// Purpose or use name → a label from an outside taxonomy (such as Fides), shown in reports.
    pub taxonomy: BTreeMap<String, String>,
}

/// What data collected for one purpose may be used for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PurposeRule {
    /// Every use except these.
    Forbids(Vec<String>),
    /// Only these uses.
    AllowsOnly(Vec<String>),
}

/// A function or method the user cannot annotate, such as `ads_sdk::AudienceClient::upload`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalSink {
    pub path: String,
    pub uses: Vec<String>,
}

/// A field or getter of a type the user cannot annotate, such as `auth0::UserInfo::phone_number`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalSource {
    pub path: String,
    pub purposes: Vec<String>,
}

/// A configuration that cannot be used, with the place in the file that says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The file as shown to the user, relative to the workspace root.
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// Lowercase, no trailing period.
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

impl Default for Config {
    /// The built-in policy, used without a configuration file: data collected for `security` must
    /// not be used for `ad_targeting`.
    fn default() -> Self {
        let security = PurposeRule::Forbids(vec!["ad_targeting".to_string()]);
        Config {
            purposes: BTreeMap::from([("security".to_string(), security)]),
            uses: BTreeSet::new(),
            sinks: Vec::new(),
            sources: Vec::new(),
            lints: BTreeMap::new(),
            exclude: Vec::new(),
            include_tests: None,
            from_file: false,
            purposes_declared: false,
            taxonomy: BTreeMap::new(),
        }
    }
}

impl PurposeRule {
    pub fn forbids(&self, use_name: &str) -> bool {
        match self {
            PurposeRule::Forbids(uses) => uses.iter().any(|name| name == use_name),
            PurposeRule::AllowsOnly(uses) => !uses.iter().any(|name| name == use_name),
        }
    }
}

impl Config {
    /// Whether data collected for `purpose` must not reach a sink used for `use_name`. A purpose
    /// without a rule forbids nothing.
    pub fn forbids(&self, purpose: &str, use_name: &str) -> bool {
        self.purposes.get(purpose).is_some_and(|rule| rule.forbids(use_name))
    }

    /// The level the file sets for `lint`, or the lint's default.
    pub fn level(&self, lint: &lints::Lint) -> Level {
        self.lints.get(lint.name).copied().unwrap_or(lint.default_level)
    }

    /// Whether `relative_path` (relative to the workspace root, `/`-separated) is left out by an
    /// `exclude` pattern. A pattern without `*` or `?` is a path prefix that ends at a `/`
    /// (`src/gen` excludes `src/gen/a.rs`, not `src/generated.rs`); a pattern with them is a glob
    /// (`*` and `?` within one path segment, `**` across any number of segments) that excludes
    /// the paths it matches and everything under them.
    pub fn is_excluded(&self, relative_path: &str) -> bool {
        let path: Vec<&str> =
            relative_path.split('/').filter(|segment| !segment.is_empty()).collect();
        self.exclude.iter().any(|pattern| {
            let pattern: Vec<&str> =
                pattern.split('/').filter(|segment| !segment.is_empty()).collect();
            (0..=path.len()).any(|end| glob_matches(&pattern, &path[..end]))
        })
    }
}

/// The candidate nearest to `name`, if one is near enough to be a likely typo: an edit distance
/// (Damerau-Levenshtein, ignoring case and treating `-` as `_`) of at most a third of the name's
/// length, and at least 1. rustc uses the same bound; a looser one suggests unrelated names.
pub fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = normalize_for_suggestion(name);
    let limit = (wanted.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let distance =
                strsim::damerau_levenshtein(&wanted, &normalize_for_suggestion(candidate));
            (distance <= limit).then_some((distance, candidate))
        })
        .min()
        .map(|(_, candidate)| candidate)
}

/// Reads and validates a configuration. The error is the first problem in file order.
pub fn parse(source: &ConfigSource) -> Result<Config, ConfigError> {
    let raw = match source.kind {
        ConfigKind::PurposeToml => {
            toml::from_str::<RawConfig>(&source.text).map_err(|error| toml_error(source, &error))?
        }
        ConfigKind::WorkspaceMetadata | ConfigKind::PackageMetadata => from_manifest(source)?,
    };
    let mut validator = Validator { source, errors: Vec::new() };
    let config = validator.config(raw);
    match validator.errors.into_iter().min_by_key(|error| (error.line, error.column)) {
        Some(error) => Err(error),
        None => Ok(config),
    }
}

// The file's shape. Every value is `Spanned` so that errors found after deserialization can still
// point at the place in the file; every field is optional so that a missing one gets a message of
// our own rather than serde's "missing field".

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    purposes: Option<BTreeMap<Spanned<String>, Spanned<RawPurpose>>>,
    uses: Option<BTreeMap<Spanned<String>, Spanned<RawUse>>>,
    #[serde(default)]
    sinks: Vec<Spanned<RawSink>>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    #[serde(default)]
    lints: BTreeMap<Spanned<String>, Spanned<String>>,
    check: Option<RawCheck>,
}

type NameList = Spanned<Vec<Spanned<String>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPurpose {
    forbids: Option<NameList>,
    allows: Option<NameList>,
    taxonomy: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUse {
    taxonomy: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSink {
    path: Option<Spanned<String>>,
    uses: Option<NameList>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    path: Option<Spanned<String>>,
    purposes: Option<NameList>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCheck {
    exclude: Option<Vec<Spanned<String>>>,
    include_tests: Option<bool>,
}

// A manifest is read only as far as the two tables; everything else in it is cargo's business and
// is ignored, hence no `deny_unknown_fields` here.

#[derive(Deserialize)]
struct RawManifest {
    workspace: Option<RawManifestSection>,
    package: Option<RawManifestSection>,
}

#[derive(Deserialize)]
struct RawManifestSection {
    metadata: Option<RawMetadata>,
}

#[derive(Deserialize)]
struct RawMetadata {
    purpose: Option<Spanned<RawConfig>>,
}

const WORKSPACE_TABLE: &str = "[workspace.metadata.purpose]";
const PACKAGE_TABLE: &str = "[package.metadata.purpose]";

fn from_manifest(source: &ConfigSource) -> Result<RawConfig, ConfigError> {
    let manifest =
        toml::from_str::<RawManifest>(&source.text).map_err(|error| toml_error(source, &error))?;
    let table = |section: Option<RawManifestSection>| section?.metadata?.purpose;
    match (table(manifest.workspace), table(manifest.package)) {
        (Some(workspace), Some(package)) => {
            let later = workspace.span().start.max(package.span().start);
            Err(error_at(
                source,
                later,
                format!("both `{WORKSPACE_TABLE}` and `{PACKAGE_TABLE}` are set"),
                Some("keep one of the two tables; the configuration is read from one place".into()),
            ))
        }
        (Some(table), None) | (None, Some(table)) => Ok(table.into_inner()),
        (None, None) => Err(error_at(
            source,
            0,
            format!("no `{WORKSPACE_TABLE}` or `{PACKAGE_TABLE}` table"),
            Some("add the table, or write the configuration to `purpose.toml`".into()),
        )),
    }
}

/// Checks what serde cannot, and collects every problem with its place.
struct Validator<'s> {
    source: &'s ConfigSource,
    errors: Vec<ConfigError>,
}

/// What a name in the file stands for, as written in messages.
#[derive(Clone, Copy)]
enum NameKind {
    Purpose,
    Use,
}

impl NameKind {
    fn as_str(self) -> &'static str {
        match self {
            NameKind::Purpose => "purpose",
            NameKind::Use => "use",
        }
    }

    fn annotation(self) -> &'static str {
        match self {
            NameKind::Purpose => "#[collected_for(..)]",
            NameKind::Use => "#[used_for(..)]",
        }
    }
}

impl Validator<'_> {
    fn error(&mut self, offset: usize, message: String, help: Option<String>) {
        self.errors.push(error_at(self.source, offset, message, help));
    }

    fn config(&mut self, raw: RawConfig) -> Config {
        let mut config = Config { from_file: true, ..Config::default() };
        for (name, table) in raw.uses.unwrap_or_default() {
            self.name(&name, NameKind::Use);
            if let Some(label) = table.into_inner().taxonomy {
                self.taxonomy(&mut config.taxonomy, &name, label, "uses");
            }
            config.uses.insert(name.into_inner());
        }
        // Taken before the rules are checked, so that a purpose whose rule is wrong is not also
        // reported as undeclared where a source names it.
        let declared_purposes: Option<BTreeSet<String>> = raw
            .purposes
            .as_ref()
            .map(|purposes| purposes.keys().map(|name| name.get_ref().clone()).collect());
        config.purposes_declared = raw.purposes.is_some();
        if let Some(purposes) = raw.purposes {
            // A file that declares purposes states the whole policy: the built-in rule would be a
            // rule nobody wrote in this file.
            config.purposes.clear();
            for (name, table) in purposes {
                self.purpose(&mut config, name, table);
            }
        }
        for sink in raw.sinks {
            if let Some(sink) = self.sink(&config.uses, sink) {
                config.sinks.push(sink);
            }
        }
        for source in raw.sources {
            if let Some(source) = self.source(declared_purposes.as_ref(), source) {
                config.sources.push(source);
            }
        }
        let mut lint_offsets: BTreeMap<&str, usize> = BTreeMap::new();
        for (name, level) in raw.lints {
            let Some((lint, level)) = self.lint(&name, &level) else { continue };
            let offset = name.span().start;
            match lint_offsets.insert(lint.name, offset) {
                Some(previous) => self.error(
                    previous.max(offset),
                    format!("lint `{}` is set twice", lint.name),
                    Some("`-` and `_` are the same in lint names; keep one of the two".into()),
                ),
                None => {
                    config.lints.insert(lint.name.to_string(), level);
                }
            }
        }
        if let Some(check) = raw.check {
            for pattern in check.exclude.unwrap_or_default() {
                if let Some(pattern) = self.exclude_pattern(&pattern) {
                    config.exclude.push(pattern);
                }
            }
            config.include_tests = check.include_tests;
        }
        config
    }

    fn purpose(&mut self, config: &mut Config, name: Spanned<String>, table: Spanned<RawPurpose>) {
        self.name(&name, NameKind::Purpose);
        let table_start = table.span().start;
        let RawPurpose { forbids, allows, taxonomy } = table.into_inner();
        if let Some(label) = taxonomy {
            self.taxonomy(&mut config.taxonomy, &name, label, "purposes");
        }
        let rule = match (forbids, allows) {
            (Some(forbids), None) => {
                PurposeRule::Forbids(self.use_list(&config.uses, forbids.into_inner()))
            }
            (None, Some(allows)) => {
                PurposeRule::AllowsOnly(self.use_list(&config.uses, allows.into_inner()))
            }
            (Some(_), Some(_)) => {
                self.error(
                    table_start,
                    format!("purpose `{}` has both `forbids` and `allows`", name.get_ref()),
                    Some(
                        "keep one: `forbids` lists the uses ruled out, `allows` the only uses \
                         permitted"
                            .into(),
                    ),
                );
                return;
            }
            (None, None) => {
                self.error(
                    table_start,
                    format!("purpose `{}` has neither `forbids` nor `allows`", name.get_ref()),
                    Some(
                        "add `forbids = [..]` with the uses it rules out, or `allows = [..]` with \
                         the only uses it permits"
                            .into(),
                    ),
                );
                return;
            }
        };
        config.purposes.insert(name.into_inner(), rule);
    }

    /// Validates uses named in a rule or a sink: identifiers, and declared when `[uses]` is.
    fn use_list(
        &mut self,
        declared: &BTreeSet<String>,
        names: Vec<Spanned<String>>,
    ) -> Vec<String> {
        names
            .into_iter()
            .filter(|name| self.name(name, NameKind::Use) && self.declared_use(declared, name))
            .map(Spanned::into_inner)
            .collect()
    }

    fn declared_use(&mut self, declared: &BTreeSet<String>, name: &Spanned<String>) -> bool {
        if declared.is_empty() || declared.contains(name.get_ref()) {
            return true;
        }
        let help = match nearest(name.get_ref(), declared.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("declare it with `[uses.{}]`", name.get_ref()),
        };
        self.error(
            name.span().start,
            format!("use `{}` is not declared in `[uses]`", name.get_ref()),
            Some(help),
        );
        false
    }

    fn sink(
        &mut self,
        declared: &BTreeSet<String>,
        sink: Spanned<RawSink>,
    ) -> Option<ExternalSink> {
        let table_start = sink.span().start;
        let RawSink { path, uses } = sink.into_inner();
        let path =
            self.external_path(path, table_start, "sinks", "ads_sdk::AudienceClient::upload")?;
        let uses = match uses {
            Some(uses) if !uses.get_ref().is_empty() => uses.into_inner(),
            uses => {
                let offset = uses.map_or(table_start, |uses| uses.span().start);
                self.error(
                    offset,
                    format!("sink `{path}` has no uses"),
                    Some("list what it uses data for, such as `uses = [\"ad_targeting\"]`".into()),
                );
                return None;
            }
        };
        let count = uses.len();
        let uses = self.use_list(declared, uses);
        (uses.len() == count).then_some(ExternalSink { path, uses })
    }

    /// `declared` holds the purposes when the file has `[purposes]`: the vocabulary is then
    /// closed, as it is for annotations.
    fn source(
        &mut self,
        declared: Option<&BTreeSet<String>>,
        source: Spanned<RawSource>,
    ) -> Option<ExternalSource> {
        let table_start = source.span().start;
        let RawSource { path, purposes } = source.into_inner();
        let path =
            self.external_path(path, table_start, "sources", "auth0::UserInfo::phone_number")?;
        let purposes = match purposes {
            Some(purposes) if !purposes.get_ref().is_empty() => purposes.into_inner(),
            purposes => {
                let offset = purposes.map_or(table_start, |purposes| purposes.span().start);
                self.error(
                    offset,
                    format!("source `{path}` has no purposes"),
                    Some(
                        "list what the data was collected for, such as `purposes = [\"security\"]`"
                            .into(),
                    ),
                );
                return None;
            }
        };
        let mut valid = true;
        for name in &purposes {
            valid &= self.name(name, NameKind::Purpose) && self.declared_purpose(declared, name);
        }
        let purposes = purposes.into_iter().map(Spanned::into_inner).collect();
        valid.then_some(ExternalSource { path, purposes })
    }

    fn declared_purpose(
        &mut self,
        declared: Option<&BTreeSet<String>>,
        name: &Spanned<String>,
    ) -> bool {
        let Some(declared) = declared else { return true };
        if declared.contains(name.get_ref()) {
            return true;
        }
        let help = match nearest(name.get_ref(), declared.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!(
                "declare it with `[purposes.{}]` and the uses it forbids or allows",
                name.get_ref()
            ),
        };
        self.error(
            name.span().start,
            format!("purpose `{}` is not declared in `[purposes]`", name.get_ref()),
            Some(help),
        );
        false
    }

    /// A path to an item of a dependency: at least two segments, each a Rust identifier.
    fn external_path(
        &mut self,
        path: Option<Spanned<String>>,
        table_start: usize,
        table: &str,
        example: &str,
    ) -> Option<String> {
        let what = table.trim_end_matches('s');
        let Some(path) = path else {
            self.error(
                table_start,
                format!("`[[{table}]]` entry has no `path`"),
                Some(format!("add the item's full path, such as `path = \"{example}\"`")),
            );
            return None;
        };
        let offset = path.span().start;
        let text = path.get_ref();
        let segments: Vec<&str> = text.split("::").collect();
        if text.trim().is_empty() {
            self.error(
                offset,
                format!("{what} path is empty"),
                Some(format!("write the item's full path, such as `{example}`")),
            );
            return None;
        }
        if segments.iter().any(|segment| segment.trim().is_empty()) {
            self.error(
                offset,
                format!("{what} path `{text}` has an empty segment"),
                Some(format!("write the full path, such as `{example}`")),
            );
            return None;
        }
        if segments.len() < 2 {
            self.error(
                offset,
                format!("{what} path `{text}` needs at least two segments"),
                Some(format!("start the path with the crate's name, such as `{example}`")),
            );
            return None;
        }
        if let Some(bad) = segments.iter().find(|segment| !is_identifier(segment)) {
            let fixed: Vec<String> =
                segments.iter().map(|segment| identifier_fix(segment)).collect();
            let help = if fixed.iter().all(|segment| is_identifier(segment)) {
                format!("did you mean `{}`?", fixed.join("::"))
            } else {
                format!("each segment is a Rust identifier, as in `{example}`")
            };
            self.error(
                offset,
                format!("`{}` in {what} path `{text}` is not a Rust identifier", bad.trim()),
                Some(help),
            );
            return None;
        }
        Some(path.into_inner())
    }

    /// Checks that a purpose or use name is a Rust identifier, as it must be in an annotation.
    fn name(&mut self, name: &Spanned<String>, kind: NameKind) -> bool {
        let text = name.get_ref();
        if is_identifier(text) {
            return true;
        }
        let fixed = identifier_fix(text);
        let help = if is_identifier(&fixed) {
            format!("did you mean `{fixed}`?")
        } else {
            format!(
                "{} names are Rust identifiers, as written in `{}`",
                kind.as_str(),
                kind.annotation()
            )
        };
        self.error(
            name.span().start,
            format!("`{text}` is not a valid {} name", kind.as_str()),
            Some(help),
        );
        false
    }

    /// Records a taxonomy label; a name declared both as a purpose and as a use must have one label.
    fn taxonomy(
        &mut self,
        taxonomy: &mut BTreeMap<String, String>,
        name: &Spanned<String>,
        label: Spanned<String>,
        table: &str,
    ) {
        let offset = label.span().start;
        let label = label.into_inner();
        if label.trim().is_empty() {
            self.error(
                offset,
                format!("the taxonomy label of `{}` is empty", name.get_ref()),
                Some(
                    "remove `taxonomy`, or write a label such as `essential.service.security`"
                        .into(),
                ),
            );
            return;
        }
        match taxonomy.get(name.get_ref()) {
            Some(existing) if *existing != label => self.error(
                offset,
                format!("`{}` has two taxonomy labels, `{existing}` and `{label}`", name.get_ref()),
                Some(format!(
                    "a name has one label; give `[{table}.{}]` the same one or remove it",
                    name.get_ref()
                )),
            ),
            _ => {
                taxonomy.insert(name.get_ref().clone(), label);
            }
        }
    }

    fn lint(
        &mut self,
        name: &Spanned<String>,
        level: &Spanned<String>,
    ) -> Option<(&'static lints::Lint, Level)> {
        let Some(lint) = lints::find(name.get_ref()) else {
            let names = || lints::ALL.iter().map(|lint| lint.name);
            let help = match nearest(name.get_ref(), names()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("the lints are {}", backtick_list(names())),
            };
            self.error(name.span().start, format!("unknown lint `{}`", name.get_ref()), Some(help));
            return None;
        };
        let Some(parsed) = parse_level(level.get_ref()) else {
            let help = match level_suggestion(level.get_ref()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => "the levels are `allow`, `warn` and `deny`".to_string(),
            };
            self.error(
                level.span().start,
                format!("unknown lint level `{}`", level.get_ref()),
                Some(help),
            );
            return None;
        };
        Some((lint, parsed))
    }

    /// Normalizes an exclude pattern (`./` and a trailing `/` dropped) and rejects the ones that
    /// can match nothing inside the workspace.
    fn exclude_pattern(&mut self, pattern: &Spanned<String>) -> Option<String> {
        let offset = pattern.span().start;
        let text = pattern.get_ref();
        let mut normalized = text.as_str();
        while let Some(rest) = normalized.strip_prefix("./") {
            normalized = rest;
        }
        let normalized = normalized.trim_end_matches('/');
        let example = "such as `src/generated` or `legacy/**`";
        let problem = if normalized.is_empty() {
            Some(format!("exclude pattern `{text}` is empty"))
        } else if normalized.starts_with('/')
            || normalized.starts_with('\\')
            || normalized.get(1..2) == Some(":")
        {
            Some(format!("exclude pattern `{text}` is an absolute path"))
        } else if normalized.split(['/', '\\']).any(|segment| segment == "..") {
            Some(format!("exclude pattern `{text}` leaves the workspace"))
        } else {
            None
        };
        match problem {
            Some(message) => {
                self.error(
                    offset,
                    message,
                    Some(format!("write a path relative to the workspace root, {example}")),
                );
                None
            }
            None => Some(normalized.replace('\\', "/")),
        }
    }
}

fn parse_level(text: &str) -> Option<Level> {
    match text {
        "allow" => Some(Level::Allow),
        "warn" => Some(Level::Warn),
        "deny" => Some(Level::Deny),
        _ => None,
    }
}

/// A level for a typo, or for a word other tools use (`error`, `off`).
fn level_suggestion(text: &str) -> Option<&'static str> {
    if let Some(near) = nearest(text, ["allow", "warn", "deny"]) {
        return Some(near);
    }
    match text.to_ascii_lowercase().as_str() {
        "error" | "forbid" | "err" => Some("deny"),
        "warning" => Some("warn"),
        "off" | "ignore" | "none" | "allowed" => Some("allow"),
        _ => None,
    }
}

/// Whether `text` is a Rust identifier (not a keyword), exactly as written.
fn is_identifier(text: &str) -> bool {
    syn::parse_str::<syn::Ident>(text).is_ok_and(|ident| ident == text)
}

/// The identifier a user probably meant: `ad-targeting` → `ad_targeting`.
fn identifier_fix(text: &str) -> String {
    text.trim().replace(['-', ' ', '.'], "_")
}

fn normalize_for_suggestion(text: &str) -> String {
    text.to_lowercase().replace('-', "_")
}

/// `a`, `b` and `c`, each in backticks.
fn backtick_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<String> = names.into_iter().map(|name| format!("`{name}`")).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Matches path segments against glob segments: `**` is any number of segments, `*` any run of
/// characters within one, `?` one character.
fn glob_matches(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| glob_matches(rest, &path[skip..])),
        Some((first, rest)) => path.split_first().is_some_and(|(segment, path_rest)| {
            segment_matches(first.as_bytes(), segment.as_bytes()) && glob_matches(rest, path_rest)
        }),
    }
}

fn segment_matches(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|skip| segment_matches(rest, &text[skip..])),
        Some((b'?', rest)) => {
            // `?` stands for one character, which may be several bytes.
            let width = text.first().map_or(0, |&byte| utf8_width(byte));
            width > 0 && text.len() >= width && segment_matches(rest, &text[width..])
        }
        Some((byte, rest)) => text.first() == Some(byte) && segment_matches(rest, &text[1..]),
    }
}

fn utf8_width(first_byte: u8) -> usize {
    match first_byte {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

fn error_at(
    source: &ConfigSource,
    offset: usize,
    message: String,
    help: Option<String>,
) -> ConfigError {
    let (line, column) = line_column(&source.text, offset);
    ConfigError { file: source.display.clone(), line, column, message, help }
}

/// 1-based line and column (in characters) of a byte offset; an offset past the end or inside a
/// character is moved back to the nearest character boundary.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// Turns an error of the TOML parser or of serde into our message style, with a suggestion where
/// serde names what it expected.
fn toml_error(source: &ConfigSource, error: &toml::de::Error) -> ConfigError {
    let span = error.span().unwrap_or(0..0);
    let snippet = source.text.get(span.clone()).unwrap_or("");
    let (message, help) = describe_toml_error(error.message(), snippet);
    error_at(source, span.start, message, help)
}

fn describe_toml_error(message: &str, snippet: &str) -> (String, Option<String>) {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return unknown_key(rest);
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return (format!("missing key {rest}"), None);
    }
    if let Some((found, expected)) =
        message.strip_prefix("invalid type: ").and_then(|rest| rest.rsplit_once(", expected "))
    {
        return wrong_type(found, expected, snippet);
    }
    if message == "duplicate key" && !snippet.is_empty() && !snippet.contains('\n') {
        return (format!("duplicate key `{snippet}`"), None);
    }
    (rustc_style(message), None)
}

/// From serde's "unknown field `x`, expected one of `a`, `b`" (or "expected `a` or `b`").
fn unknown_key(rest: &str) -> (String, Option<String>) {
    // Names are the odd pieces between backticks; serde writes them without escaping.
    let mut names = rest.split('`').skip(1).step_by(2);
    let Some(unknown) = names.next() else {
        return (rustc_style(&format!("unknown key {rest}")), None);
    };
    let expected: Vec<&str> = names.collect();
    let help = match nearest(unknown, expected.iter().copied()) {
        Some(near) => Some(format!("did you mean `{near}`?")),
        None if expected.is_empty() => None,
        None => Some(format!("the keys allowed here are {}", backtick_list(expected))),
    };
    (format!("unknown key `{unknown}`"), help)
}

/// From serde's "invalid type: string \"a\", expected a sequence".
fn wrong_type(found: &str, expected: &str, snippet: &str) -> (String, Option<String>) {
    let expected_name = match expected {
        "a sequence" => "an array",
        "a map" => "a table",
        _ if expected.starts_with("struct ") => "a table",
        other => other,
    };
    let found_name = match found.split_once(' ').map_or(found, |(kind, _)| kind) {
        "string" => "a string",
        "integer" => "an integer",
        "floating" => "a float",
        "boolean" => "a boolean",
        "map" => "a table",
        "sequence" => "an array",
        _ => found,
    };
    let short_snippet = !snippet.is_empty() && snippet.len() <= 80 && !snippet.contains('\n');
    let help = match (expected_name, found_name) {
        ("an array", "a string") if short_snippet => Some(format!("did you mean `[{snippet}]`?")),
        ("a boolean", "a string") => Some("write `true` or `false`, without quotes".to_string()),
        _ => None,
    };
    (format!("wrong type: expected {expected_name}, found {found_name}"), help)
}

/// Lowercase first letter (unless the word is an acronym such as `TOML`), no trailing period.
fn rustc_style(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    let mut chars = message.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(message.chars().skip(1)).collect()
        }
        _ => message.to_string(),
    }
}
