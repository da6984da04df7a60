//! Runs the layers in order for one workspace: discover, load (read, parse, lower), resolve,
//! analyse flows, apply the policy. The CLI calls this and hands the outcome to `report`.

pub mod inventory;
pub mod load;

use std::path::PathBuf;

use crate::flow::{self, FlowStats};
use crate::model::lower::LowerConfig;
use std::collections::{BTreeMap, BTreeSet};

use crate::model::external::{ExternalIndex, ExternalItem, ExternalItems};
use crate::model::{Annotation, FileId, Name, Span, SuppressionScope};
use crate::policy::Rule;
use crate::policy::config::{Config, PurposeRule};
use crate::policy::lints::Level;
use crate::policy::suppression::{self, Coverage, ScopedSuppression, Suppressed};
use crate::policy::{self, Finding, Policy};
use crate::resolve::Resolver;
use crate::sources::{Disk, FileSystem, MemoryFiles, SourceDb, SourceFile};
use crate::workspace::WorkspaceKind;
use crate::workspace::{self, ConfigKind, ConfigSource, CrateRoots, Workspace, WorkspaceError};

/// What to check and how.
#[derive(Clone, Debug)]
pub struct CheckConfig {
    pub path: PathBuf,
    pub include_tests: bool,
    /// Lint levels from the command line (`-A`/`-W`/`-D`), in order; later ones win, and they
    /// win over the configuration file.
    pub lint_levels: Vec<(String, Level)>,
    /// `--deny-warnings`: findings at warning level count as errors.
    pub deny_warnings: bool,
    /// Functions of this name panic when analysed, so that tests can show how an internal error
    /// is contained and reported.
    pub inject_panic_in: Option<String>,
    /// Evaluate every function to the fixed point, also those that cannot matter to a finding.
    pub evaluate_everything: bool,
    /// The process ends once the outcome is reported. The model of the program, most of the
    /// memory, is then left to the operating system instead of being freed node by node: on one
    /// thread, after everything else, that took a few percent of the whole check.
    pub process_ends_after: bool,
}

pub struct CheckOutcome {
    pub root: PathBuf,
    pub sources: SourceDb,
    /// Sorted by file, position and lint.
    pub findings: Vec<Finding>,
    /// Findings removed by a suppression, with its reason, for audits.
    pub suppressed: Vec<Suppressed>,
    /// Sources, sinks, every flow and every declassifier, for `cargo purpose inventory`.
    pub inventory: inventory::Inventory,
    pub stats: CheckStats,
}

#[derive(Clone, Debug, Default)]
pub struct CheckStats {
    pub crates: usize,
    pub files: usize,
    /// Crate names, indexed like `flow.coverage`.
    pub crate_names: Vec<String>,
    /// Functions whose fixed point was cut short, by name and place.
    pub bound_hit: Vec<(String, crate::model::Span)>,
    pub flow: FlowStats,
    /// Wall-clock time and items handled per phase, in order (see `--timings`).
    pub phases: Vec<Phase>,
}

/// One phase of a check: how long it took and how much it handled.
#[derive(Clone, Debug)]
pub struct Phase {
    pub name: &'static str,
    pub seconds: f64,
    pub items: usize,
    /// What `items` counts (plural).
    pub unit: &'static str,
}

/// Records the phases of a check as they end.
struct PhaseClock {
    phases: Vec<Phase>,
    last: std::time::Instant,
}

impl PhaseClock {
    fn start() -> PhaseClock {
        PhaseClock { phases: Vec::new(), last: std::time::Instant::now() }
    }

    fn end(&mut self, name: &'static str, items: usize, unit: &'static str) {
        let now = std::time::Instant::now();
        let seconds = now.duration_since(self.last).as_secs_f64();
        self.phases.push(Phase { name, seconds, items, unit });
        self.last = now;
    }
}

/// Stack for the analysis threads: deeply nested code recurses deeply (up to the bound
/// `syntax::MAX_NESTING`), and the memory is only reserved, not used, until it is needed.
const ANALYSIS_STACK_BYTES: usize = crate::syntax::STACK_BYTES;

/// Checks the workspace, directory or file at `config.path` on disk.
pub fn check(config: &CheckConfig) -> Result<CheckOutcome, WorkspaceError> {
    on_analysis_threads(|| {
        let clock = PhaseClock::start();
        let request =
            workspace::Request { path: &config.path, include_tests: config.include_tests };
        let (workspace, roots) = workspace::discover(&request)?;
        let configuration = read_configuration(&workspace.root)?;
        let options = Options {
            include_tests: config.include_tests,
            lint_levels: &config.lint_levels,
            flow: flow::Options {
                inject_panic_in: config.inject_panic_in.as_deref(),
                evaluate_everything: config.evaluate_everything,
            },
            leave_model: config.process_ends_after,
        };
        Ok(analyse(&Disk, workspace, roots, configuration, &options, clock))
    })
}

/// How to check files held in memory; see [`check_files`].
#[derive(Clone, Debug, Default)]
pub struct FilesConfig {
    pub include_tests: bool,
    /// Lint levels in order; later ones win, and they win over `purpose.toml`.
    pub lint_levels: Vec<(String, Level)>,
}

/// Checks source files held in memory the way `cargo purpose check` checks a directory without a
/// manifest: every `.rs` file that no `mod` declaration reaches is a crate root, and a
/// `purpose.toml` among the files is the configuration. Nothing is read from disk and nothing is
/// run; file names in the outcome are the paths the files were inserted with. For fuzzing, and
/// for programs that embed the check.
pub fn check_files(
    files: &MemoryFiles,
    config: &FilesConfig,
) -> Result<CheckOutcome, WorkspaceError> {
    on_analysis_threads(|| {
        let clock = PhaseClock::start();
        let root = PathBuf::new();
        if files.rust_files(&root).is_empty() {
            return Err(WorkspaceError::NoTargets(root));
        }
        let configuration = memory_configuration(files)?;
        let workspace =
            Workspace { root: root.clone(), crates: Vec::new(), kind: WorkspaceKind::Loose };
        let roots = Some(CrateRoots::Directory(root));
        let options = Options {
            include_tests: config.include_tests,
            lint_levels: &config.lint_levels,
            flow: flow::Options::default(),
            leave_model: false,
        };
        Ok(analyse(files, workspace, roots, configuration, &options, clock))
    })
}

/// Runs `work` on a thread with a large stack, with a thread pool of such threads for its
/// parallel parts, so that deep nesting cannot overflow a stack. A panic that escapes the
/// analysis (every per-file and per-function one is caught earlier) ends the check with an error.
fn on_analysis_threads<T: Send>(
    work: impl FnOnce() -> Result<T, WorkspaceError> + Send,
) -> Result<T, WorkspaceError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(ANALYSIS_STACK_BYTES)
        .build()
        .map_err(|error| WorkspaceError::Runtime(error.to_string()))?;
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("cargo-purpose".into())
            .stack_size(ANALYSIS_STACK_BYTES)
            .spawn_scoped(scope, || pool.install(work))
            .map_err(|error| WorkspaceError::Runtime(error.to_string()))?;
        worker
            .join()
            .unwrap_or_else(|panic| Err(WorkspaceError::Runtime(crate::flow::panic_text(&panic))))
    })
}

/// What both kinds of check share once the files are known.
struct Options<'a> {
    include_tests: bool,
    lint_levels: &'a [(String, Level)],
    flow: flow::Options<'a>,
    /// Do not free the program model (see `CheckConfig::process_ends_after`).
    leave_model: bool,
}

/// The configuration and where it came from.
type Configuration = (Config, Option<ConfigSource>);

fn analyse(
    fs: &dyn FileSystem,
    mut workspace: Workspace,
    roots: Option<CrateRoots>,
    (settings, config_source): Configuration,
    config: &Options<'_>,
    mut clock: PhaseClock,
) -> CheckOutcome {
    clock.end("discover", workspace.crates.len(), "crates");
    let include_tests = config.include_tests || settings.include_tests.unwrap_or(false);
    let lower = LowerConfig { include_tests };
    let exclusion_settings = settings.clone();
    let excluded: load::Exclusion = Box::new(move |path| exclusion_settings.is_excluded(path));
    let mut loaded = load::load(fs, &mut workspace, roots, lower, excluded);
    clock.end("read, parse and lower", loaded.sources.len(), "files");
    // The configuration becomes a source file, so that findings can point into it.
    let config_file = config_source.map(|source| {
        loaded.sources.add(SourceFile {
            path: PathBuf::from(&source.display),
            display: source.display,
            text: source.text,
        })
    });
    let external_index = add_configured_items(&mut loaded, &settings, config_file);
    let resolver = Resolver::new(&loaded.program, external_index);
    clock.end("resolve", loaded.program.functions.len(), "functions");
    let result = flow::analyze(&resolver, &config.flow);
    clock.end("flow", result.stats.evaluations, "evaluations");
    let policy = policy_of(&settings);
    let inventory = inventory::build(&resolver, &policy, &result.flows);
    // The file's levels first, then the command line's, in order: the last word wins.
    let levels: BTreeMap<String, Level> = settings
        .lints
        .iter()
        .map(|(name, level)| (name.clone(), *level))
        .chain(config.lint_levels.iter().cloned())
        .collect();
    let mut raw = policy::findings(
        &resolver,
        &policy,
        &result.flows,
        &loaded.problems,
        &result.stats.internal_errors,
    );
    raw.extend(policy::unknown_names(&loaded.program, &policy));
    let shown = files_shown(&raw, &inventory, &loaded.program, &result.stats.bound_hit);
    let changed = loaded.sources.read_texts_again(fs, &shown);
    raw.extend(policy::problem_findings(&changed));
    if let Some(file) = config_file {
        let text = &loaded.sources.get(file).text;
        raw.extend(policy::vacuity(&loaded.program, &settings, file, text, &result.sinks_called));
    }
    let suppressions = scoped_suppressions(&loaded);
    let unsuppressible = [UNUSED_SUPPRESSION, SUPPRESSION_WITHOUT_REASON];
    let applied =
        suppression::apply(policy::apply_levels(raw, &levels), &suppressions, &unsuppressible);
    let mut findings = applied.kept;
    let audits = policy::suppression_findings(&loaded.program, &suppressions, &applied.unused);
    findings.extend(policy::apply_levels(audits, &levels));
    sort_findings(&mut findings, &loaded.sources);
    clock.end("policy", findings.len(), "findings");
    let stats = CheckStats {
        crates: loaded.program.crates.len(),
        files: loaded.sources.len(),
        crate_names: loaded.program.crates.iter().map(|krate| krate.name.to_string()).collect(),
        bound_hit: result
            .stats
            .bound_hit
            .iter()
            .map(|id| {
                let function = loaded.program.function(*id);
                (function.name.to_string(), function.name_span)
            })
            .collect(),
        flow: result.stats,
        phases: clock.phases,
    };
    drop(resolver);
    if config.leave_model {
        std::mem::forget(loaded.program);
    }
    CheckOutcome {
        root: workspace.root,
        stats,
        sources: loaded.sources,
        findings,
        suppressed: applied.suppressed,
        inventory,
    }
}

/// The files the output may point into, whose texts are read again for it: those of the findings
/// (suppressed ones and the audits of suppressions included), the inventory and the functions cut
/// short. Files with suppression comments kept their texts.
fn files_shown(
    findings: &[Finding],
    inventory: &inventory::Inventory,
    program: &crate::model::Program,
    bound_hit: &[crate::model::FnId],
) -> BTreeSet<FileId> {
    let in_findings = findings.iter().flat_map(|finding| {
        let labels = std::iter::once(&finding.primary).chain(&finding.secondary);
        labels.map(|label| label.span).chain(finding.path.iter().map(|step| step.span))
    });
    let in_inventory = inventory
        .sources
        .iter()
        .map(|entry| entry.span)
        .chain(inventory.sinks.iter().map(|entry| entry.span))
        .chain(inventory.declassifiers.iter().map(|entry| entry.span))
        .chain(inventory.flows.iter().flat_map(|flow| {
            std::iter::once(flow.site).chain(flow.path.iter().map(|step| step.span))
        }));
    let suppressions = program.suppressions.iter().map(|(suppression, _)| suppression.span);
    let cut_short = bound_hit.iter().map(|id| program.function(*id).name_span);
    in_findings
        .chain(in_inventory)
        .chain(suppressions)
        .chain(cut_short)
        .map(|span| span.file)
        .collect()
}

/// The workspace's configuration (the built-in default when there is none), and its source.
fn read_configuration(root: &std::path::Path) -> Result<Configuration, WorkspaceError> {
    let source = workspace::find_config(root).map_err(|error| {
        WorkspaceError::ConfigUnreadable { file: root.join("purpose.toml"), error }
    })?;
    parse_configuration(source)
}

/// The configuration among files held in memory: their `purpose.toml`, if any.
fn memory_configuration(files: &MemoryFiles) -> Result<Configuration, WorkspaceError> {
    let file = PathBuf::from("purpose.toml");
    let Some(bytes) = files.get(&file) else { return Ok((Config::default(), None)) };
    let text = String::from_utf8(bytes.to_vec()).map_err(|_| WorkspaceError::ConfigUnreadable {
        file,
        error: std::io::Error::new(std::io::ErrorKind::InvalidData, "the file is not valid UTF-8"),
    })?;
    let display = "purpose.toml".to_string();
    parse_configuration(Some(ConfigSource { display, text, kind: ConfigKind::PurposeToml }))
}

fn parse_configuration(source: Option<ConfigSource>) -> Result<Configuration, WorkspaceError> {
    match source {
        Some(source) => {
            let settings = policy::config::parse(&source).map_err(WorkspaceError::Config)?;
            Ok((settings, Some(source)))
        }
        None => Ok((Config::default(), None)),
    }
}

fn policy_of(settings: &Config) -> Policy {
    let names = |list: &[String]| list.iter().map(|name| name.as_str().into()).collect();
    let rules = settings
        .purposes
        .iter()
        .map(|(purpose, rule)| {
            let rule = match rule {
                PurposeRule::Forbids(uses) => Rule::Forbids(names(uses)),
                PurposeRule::AllowsOnly(uses) => Rule::AllowsOnly(names(uses)),
            };
            (purpose.as_str().into(), rule)
        })
        .collect();
    let declared_uses: Vec<String> = settings.uses.iter().cloned().collect();
    Policy::new(rules, names(&declared_uses), settings.purposes_declared)
}

/// Adds the configured sinks and sources of dependencies to the program; the configuration file
/// becomes a source file so that findings can point into it.
fn add_configured_items(
    loaded: &mut load::Loaded,
    settings: &Config,
    file: Option<FileId>,
) -> ExternalIndex {
    let Some(file) = file else { return ExternalIndex::default() };
    if settings.sinks.is_empty() && settings.sources.is_empty() {
        return ExternalIndex::default();
    }
    let text = loaded.sources.get(file).text.clone();
    let locate =
        |path: &str| policy::locate_in_config(file, &text, &format!("\"{path}\""), 1, path.len());
    let item = |path: &str, names: &[String]| {
        let span = locate(path);
        ExternalItem {
            path: path.split("::").map(Name::from).collect(),
            annotations: names
                .iter()
                .map(|name| Annotation { name: name.as_str().into(), span })
                .collect(),
            span,
        }
    };
    let items = ExternalItems {
        sinks: settings.sinks.iter().map(|sink| item(&sink.path, &sink.uses)).collect(),
        sources: settings
            .sources
            .iter()
            .map(|source| item(&source.path, &source.purposes))
            .collect(),
    };
    loaded.program.add_external_items(&items, file)
}

const UNUSED_SUPPRESSION: &str = policy::lints::unused_suppression::LINT.name;
const SUPPRESSION_WITHOUT_REASON: &str = policy::lints::suppression_without_reason::LINT.name;

/// Every suppression of the workspace with the places it covers: attribute ranges, the files of
/// suppressed modules, and the lines `// purpose::suppress(..)` comments name.
fn scoped_suppressions(loaded: &load::Loaded) -> Vec<ScopedSuppression> {
    let program = &loaded.program;
    let mut scoped: Vec<ScopedSuppression> = program
        .suppressions
        .iter()
        .map(|(suppression, scope)| ScopedSuppression {
            suppression: suppression.clone(),
            covers: match scope {
                SuppressionScope::Range(range) => {
                    Coverage { range: Some(*range), ..Coverage::default() }
                }
                SuppressionScope::Module(module) => {
                    Coverage { range: None, files: module_files(program, *module) }
                }
            },
        })
        .collect();
    for (file, source) in loaded.sources.iter() {
        for (suppression, range) in suppression::comment_suppressions(file, &source.text) {
            // A comment above `mod name;` covers that module's files as well, since an attribute
            // cannot be put on a file module on stable Rust.
            let files = declared_modules(program, range)
                .into_iter()
                .flat_map(|module| module_files(program, module))
                .collect();
            scoped.push(ScopedSuppression {
                suppression,
                covers: Coverage { range: Some(range), files },
            });
        }
    }
    scoped
}

/// File modules whose `mod name;` declaration lies in `range`.
fn declared_modules(program: &crate::model::Program, range: Span) -> Vec<crate::model::ModuleId> {
    (0..program.modules.len() as u32)
        .map(crate::model::ModuleId)
        .filter(|id| {
            let module = program.module(*id);
            let declared_in = module.parent.map(|parent| program.module(parent).file);
            declared_in == Some(range.file)
                && module.file != range.file
                && range.start <= module.span.start
                && module.span.end <= range.end
        })
        .collect()
}

/// The files of a module and of every module below it.
fn module_files(
    program: &crate::model::Program,
    root: crate::model::ModuleId,
) -> BTreeSet<crate::model::FileId> {
    let mut files = BTreeSet::new();
    for (index, module) in program.modules.iter().enumerate() {
        let mut current = Some(crate::model::ModuleId(index as u32));
        while let Some(id) = current {
            if id == root {
                files.insert(module.file);
                break;
            }
            current = program.module(id).parent;
        }
    }
    files
}

fn sort_findings(findings: &mut [Finding], sources: &SourceDb) {
    findings.sort_by(|a, b| {
        let key = |finding: &Finding| {
            let span = finding.primary.span;
            let file =
                if sources.is_empty() { "" } else { sources.get(span.file).display.as_str() };
            (file.to_string(), span.start, span.end, finding.lint.name, finding.message.clone())
        };
        key(a).cmp(&key(b))
    });
}
