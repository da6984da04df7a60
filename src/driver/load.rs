//! Loading a workspace: read, parse and lower every file reachable through `mod` declarations, in
//! parallel, then link the lowered files into one [`Program`].
//!
//! Files are processed breadth-first: each round parses the files found by the previous one on all
//! cores, and the `mod` declarations they contain make the next round. File ids are handed out in
//! a fixed order before each round, so results do not depend on thread timing.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::lower::{LowerConfig, lower_file};
use crate::model::{
    Crate, CrateId, FileId, LoweredModule, ModuleId, Name, OutlineModule, Program, Span,
};
use crate::policy::suppression;
use crate::sources::{
    self, FileRole, FileSystem, Fingerprint, LoadProblem, Location, ModuleFile, ModuleLookup,
    ReadError, SourceDb, SourceFile,
};
use crate::syntax::{self, SyntaxError};
use crate::workspace::{CrateRoots, CrateSpec, Workspace, WorkspaceKind};

pub struct Loaded {
    pub sources: SourceDb,
    pub program: Program,
    pub problems: Vec<LoadProblem>,
}

struct ParsedFile {
    lowered: Option<LoweredModule>,
    role: FileRole,
    /// The lowered module was moved into the program; a second use lowers the text again.
    linked: bool,
}

/// `mod name;` inside `file` (under the inline modules `inline_path`) is the file `child`.
type ModuleEdges = HashMap<(FileId, Vec<Name>, Name), FileId>;

/// Whether a workspace-relative path is excluded by the configuration.
pub type Exclusion = Box<dyn Fn(&str) -> bool>;

pub fn load(
    fs: &dyn FileSystem,
    workspace: &mut Workspace,
    roots: Option<CrateRoots>,
    config: LowerConfig,
    excluded: Exclusion,
) -> Loaded {
    let mut loader = Loader {
        fs,
        root: workspace.root.clone(),
        config,
        sources: SourceDb::default(),
        parsed: Vec::new(),
        by_path: HashMap::new(),
        edges: ModuleEdges::new(),
        includes: HashMap::new(),
        included_by: HashMap::new(),
        problems: Vec::new(),
        excluded,
    };
    let initial: Vec<Result<PathBuf, (PathBuf, std::io::Error)>> = match &roots {
        None => workspace.crates.iter().map(|spec| Ok(spec.root_file.clone())).collect(),
        Some(CrateRoots::File(path)) => vec![Ok(path.clone())],
        Some(CrateRoots::Directory(dir)) => fs.rust_files(dir),
    };
    loader.parse_all(initial);
    if workspace.kind == WorkspaceKind::Loose {
        workspace.crates = loader.loose_crates();
    }
    let program = loader.link(&workspace.crates);
    Loaded { sources: loader.sources, program, problems: loader.problems }
}

struct Loader<'a> {
    fs: &'a dyn FileSystem,
    root: PathBuf,
    config: LowerConfig,
    sources: SourceDb,
    parsed: Vec<ParsedFile>,
    by_path: HashMap<PathBuf, FileId>,
    edges: ModuleEdges,
    /// Files `include!`d into a file, with the inline module they are included in, in order.
    includes: HashMap<FileId, Vec<(Vec<Name>, FileId)>>,
    /// The file and inline module an included file's items belong to.
    included_by: HashMap<FileId, (FileId, Vec<Name>)>,
    problems: Vec<LoadProblem>,
    /// Files the configuration excludes are neither read nor reported.
    excluded: Exclusion,
}

impl Loader<'_> {
    /// Reads, parses and lowers the crate roots (or loose files) in `initial`, then the files
    /// their `mod` declarations and `include!`s name, round by round. A directory that could not
    /// be listed comes as an error and is reported.
    fn parse_all(&mut self, initial: Vec<Result<PathBuf, (PathBuf, std::io::Error)>>) {
        let mut frontier = Vec::new();
        for entry in initial {
            let (path, problem) = match entry {
                Ok(path) => self.resolve_root(path),
                Err((path, error)) => (path, Some(ReadError::UnlistedDirectory(error))),
            };
            match (self.register(path, FileRole::ModRs), problem) {
                (Some(id), Some(error)) => {
                    self.problems.push(LoadProblem::Unreadable { file: id, error })
                }
                (Some(id), None) => frontier.push(id),
                (None, _) => {}
            }
        }
        while !frontier.is_empty() {
            let config = self.config;
            let fs = self.fs;
            // Largest files first, one file per task: a round waits for its slowest file, and a
            // generated file of a megabyte or more, started last, kept one core busy alone.
            let mut inputs: Vec<(FileId, &Path)> =
                frontier.iter().map(|id| (*id, self.sources.get(*id).path.as_path())).collect();
            inputs.sort_by_cached_key(|(id, path)| (std::cmp::Reverse(fs.size(path)), *id));
            let mut results: Vec<(FileId, FileResult)> = inputs
                .par_iter()
                .with_max_len(1)
                .map(|(id, path)| (*id, read_and_lower_guarded(fs, path, *id, config)))
                .collect();
            // Handled in the order the files were found, so that file ids do not depend on sizes.
            results.sort_by_key(|(id, _)| *id);
            let mut next = Vec::new();
            for (id, result) in results {
                match result {
                    Ok((text, lowered)) => {
                        match text {
                            FileText::Kept(text) => self.sources.get_mut(id).text = text,
                            FileText::NotKept(fingerprint) => {
                                self.sources.text_not_kept(id, fingerprint)
                            }
                        }
                        next.extend(self.follow_modules(id, &lowered));
                        self.parsed[id.0 as usize].lowered = Some(lowered);
                    }
                    Err(FileFailure::Read(error)) => {
                        self.problems.push(LoadProblem::Unreadable { file: id, error })
                    }
                    Err(FileFailure::Syntax(text, error)) => {
                        self.sources.get_mut(id).text = text;
                        let span = Span { file: id, start: error.start, end: error.end };
                        self.problems.push(LoadProblem::Syntax { span, message: error.message });
                    }
                }
            }
            frontier = next;
        }
    }

    /// The path to register for a crate root or loose file, and why it must not be read. A root
    /// may be a symbolic link: where it leads outside the workspace, it is reported and not read,
    /// like a module file; where it leads nowhere, reading it says why.
    fn resolve_root(&self, path: PathBuf) -> (PathBuf, Option<ReadError>) {
        match sources::locate(self.fs, &path, &self.root) {
            Location::Inside(canonical) => (canonical, None),
            Location::Outside => (path, Some(ReadError::OutsideWorkspace)),
            Location::Unresolved => (path, None),
        }
    }

    fn is_excluded(&self, path: &Path) -> bool {
        let display = sources::display_path(&self.root, path);
        (self.excluded)(&display)
    }

    /// Numbers a file the first time it is seen; `None` when it was already registered.
    fn register(&mut self, path: PathBuf, role: FileRole) -> Option<FileId> {
        if self.by_path.contains_key(&path) || self.is_excluded(&path) {
            return None;
        }
        let display = sources::display_path(&self.root, &path);
        let id = self.sources.add(SourceFile { path: path.clone(), display, text: String::new() });
        self.by_path.insert(path, id);
        self.parsed.push(ParsedFile { lowered: None, role, linked: false });
        Some(id)
    }

    /// The file whose module an included file's items join, and the inline path there.
    fn home_of(&self, file: FileId) -> (FileId, Vec<Name>) {
        let mut home = (file, Vec::new());
        for _ in 0..MAX_INCLUDE_DEPTH {
            let Some((includer, path)) = self.included_by.get(&home.0) else { break };
            let mut prefix = path.clone();
            prefix.extend(home.1);
            home = (*includer, prefix);
        }
        home
    }

    fn follow_includes(&mut self, file: FileId, lowered: &LoweredModule) -> Vec<FileId> {
        let mut includes = Vec::new();
        collect_in_tree(lowered, |module| &module.includes, &mut Vec::new(), &mut includes);
        let including_file = self.sources.get(file).path.clone();
        let role = self.parsed[file.0 as usize].role;
        let mut new_files = Vec::new();
        for (inline_path, include) in includes {
            let Some(written) = include.path else {
                self.problems.push(LoadProblem::ComputedInclude { span: include.span });
                continue;
            };
            // Like rustc: relative to the directory of the file the macro is written in.
            let directory = including_file.parent().unwrap_or(Path::new(""));
            let candidate = directory.join(&written);
            if !self.fs.exists(&candidate) {
                let span = include.span;
                self.problems.push(LoadProblem::MissingInclude { span, path: written });
                continue;
            }
            let path = match sources::locate(self.fs, &candidate, &self.root) {
                Location::Inside(path) => path,
                // Reading it says why it leads nowhere.
                Location::Unresolved => candidate,
                Location::Outside => {
                    let span = include.span;
                    self.problems.push(LoadProblem::IncludeOutside { span, path: written });
                    continue;
                }
            };
            let child = match self.register(path.clone(), role) {
                Some(id) => {
                    new_files.push(id);
                    id
                }
                None => match self.by_path.get(&path) {
                    Some(id) => *id,
                    None => continue, // excluded by the configuration
                },
            };
            self.included_by.entry(child).or_insert((file, inline_path.clone()));
            self.includes.entry(file).or_default().push((inline_path, child));
        }
        new_files
    }

    fn follow_modules(&mut self, file: FileId, lowered: &LoweredModule) -> Vec<FileId> {
        let mut new_files = self.follow_includes(file, lowered);
        // `mod` declarations in an included file belong to the module it is included in.
        let (home, prefix) = self.home_of(file);
        let mut declarations = Vec::new();
        collect_in_tree(
            lowered,
            |module| &module.outline_modules,
            &mut prefix.clone(),
            &mut declarations,
        );
        let declaring_file = self.sources.get(home).path.clone();
        let role = self.parsed[home.0 as usize].role;
        let file = home;
        for (inline_path, declaration) in declarations {
            let inline: Vec<String> = inline_path.iter().map(|name| name.to_string()).collect();
            let lookup = ModuleLookup {
                declaring_file: &declaring_file,
                role,
                inline_path: &inline,
                name: &declaration.name,
                path_attribute: declaration.path_attribute.as_deref(),
            };
            match sources::find_module_file(self.fs, &lookup, &self.root) {
                ModuleFile::Found { path, .. } if self.is_excluded(&path) => {}
                ModuleFile::Found { path, role } => {
                    let child = match self.register(path.clone(), role) {
                        Some(id) => {
                            new_files.push(id);
                            id
                        }
                        None => match self.by_path.get(&path) {
                            Some(id) => *id,
                            None => continue,
                        },
                    };
                    self.edges.insert((file, inline_path, declaration.name.clone()), child);
                }
                ModuleFile::Missing { tried } => self.problems.push(LoadProblem::MissingModule {
                    span: declaration.span,
                    name: declaration.name.clone(),
                    tried: tried
                        .iter()
                        .map(|path| sources::display_path(&self.root, path))
                        .collect(),
                }),
                ModuleFile::OutsideWorkspace { path } => {
                    self.problems.push(LoadProblem::OutsideWorkspace {
                        span: declaration.span,
                        name: declaration.name.clone(),
                        path: sources::normalize_lexically(&path).display().to_string(),
                    })
                }
            }
        }
        new_files
    }

    /// In a directory of loose files, every file no `mod` declaration reaches is a crate root.
    fn loose_crates(&self) -> Vec<CrateSpec> {
        let children: HashSet<FileId> =
            self.edges.values().chain(self.included_by.keys()).copied().collect();
        let mut crates: Vec<CrateSpec> = self
            .sources
            .iter()
            .filter(|(id, _)| !children.contains(id))
            .map(|(_, file)| CrateSpec {
                name: loose_crate_name(&file.path),
                root_file: file.path.clone(),
                dependencies: Vec::new(),
            })
            .collect();
        let names: Vec<String> = crates.iter().map(|spec| spec.name.clone()).collect();
        for (index, spec) in crates.iter_mut().enumerate() {
            spec.dependencies = names
                .iter()
                .enumerate()
                .filter(|(other, _)| *other != index)
                .map(|(other, name)| (name.clone(), other))
                .collect();
        }
        crates
    }

    fn link(&mut self, crates: &[CrateSpec]) -> Program {
        let mut program = Program::default();
        let mut roots = Vec::new();
        for (index, spec) in crates.iter().enumerate() {
            let krate = CrateId(index as u32);
            let root_file = self.by_path.get(&spec.root_file).copied();
            let root = match root_file {
                Some(file) => self.link_file(
                    &mut program,
                    file,
                    "crate".into(),
                    None,
                    krate,
                    Span { file, ..Span::default() },
                ),
                None => {
                    let empty = LoweredModule::default();
                    program
                        .link_module(empty, "crate".into(), None, krate, FileId(0), Span::default())
                        .0
                }
            };
            roots.push(root);
        }
        program.crates = crates
            .iter()
            .zip(roots)
            .map(|(spec, root)| Crate {
                name: spec.name.as_str().into(),
                root,
                dependencies: spec
                    .dependencies
                    .iter()
                    .map(|(name, index)| (name.as_str().into(), CrateId(*index as u32)))
                    .collect(),
            })
            .collect();
        program.shrink_to_fit();
        program
    }

    fn link_file(
        &mut self,
        program: &mut Program,
        file: FileId,
        name: Name,
        parent: Option<ModuleId>,
        krate: CrateId,
        span: Span,
    ) -> ModuleId {
        let mut lowered = self.take_lowered(file);
        self.absorb_includes(file, &mut lowered, 0);
        let (module, outline) = program.link_module(lowered, name, parent, krate, file, span);
        self.link_children(program, outline, krate);
        module
    }

    /// Adds the items of the files `file` includes (and those they include) where they belong.
    fn absorb_includes(&mut self, file: FileId, lowered: &mut LoweredModule, depth: usize) {
        if depth >= MAX_INCLUDE_DEPTH {
            return; // a file that includes itself, directly or not
        }
        let includes = self.includes.get(&file).cloned().unwrap_or_default();
        for (inline_path, child) in &includes {
            let mut included = self.take_lowered(*child);
            self.absorb_includes(*child, &mut included, depth + 1);
            if let Some(target) = lowered.inline_mut(inline_path) {
                target.absorb(included);
            }
        }
    }

    /// The lowered module of `file`, moved out of the loader. Most files are linked once; a file
    /// linked again (a module shared by a library and a binary, a file included twice) is lowered
    /// again from its text. Cloning every module instead, in case, doubled the model at its peak.
    fn take_lowered(&mut self, file: FileId) -> LoweredModule {
        let parsed = &mut self.parsed[file.0 as usize];
        if let Some(lowered) = parsed.lowered.take() {
            parsed.linked = true;
            return lowered;
        }
        if !parsed.linked {
            return LoweredModule::default(); // unreadable or unparsable, reported already
        }
        // The text was not kept; if the file changed since, what is read now is lowered (and the
        // change is reported if the output points into the file).
        let text = self.fs.read(&self.sources.get(file).path).unwrap_or_default();
        lower_text(&text, file, self.config).unwrap_or_default()
    }

    fn link_children(
        &mut self,
        program: &mut Program,
        outline: Vec<(ModuleId, OutlineModule)>,
        krate: CrateId,
    ) {
        // A module declared more than once in one parent (`cfg_net! { mod tcp; }` beside
        // `cfg_not_net! { mod tcp; }`, one per configuration) is one file, linked once: linked
        // for each declaration, and lowered again each time, tokio held 207 of its files two or
        // three times over, and lowering them again took as long as parsing all of tokio.
        let mut linked: HashMap<(ModuleId, Name), ModuleId> = HashMap::new();
        for (parent, declaration) in outline {
            let module = match linked.get(&(parent, declaration.name.clone())) {
                Some(module) => *module,
                None => {
                    let file = program.module(parent).file;
                    let key = (file, program.inline_path(parent), declaration.name.clone());
                    let Some(child) = self.edges.get(&key).copied() else {
                        continue;
                    };
                    if is_ancestor_file(program, parent, child) {
                        continue;
                    }
                    let name = declaration.name.clone();
                    let module =
                        self.link_file(program, child, name, Some(parent), krate, declaration.span);
                    linked.insert((parent, declaration.name.clone()), module);
                    module
                }
            };
            program.suppressions.extend(
                declaration.suppressions.into_iter().map(|suppression| {
                    (suppression, crate::model::SuppressionScope::Module(module))
                }),
            );
        }
    }
}

/// A module file that declares one of its own ancestors would make the tree infinite.
fn is_ancestor_file(program: &Program, module: ModuleId, file: FileId) -> bool {
    let mut current = Some(module);
    while let Some(id) = current {
        if program.module(id).file == file {
            return true;
        }
        current = program.module(id).parent;
    }
    false
}

/// Includes nested deeper than this are cut (only a file that includes itself gets there).
const MAX_INCLUDE_DEPTH: usize = 16;

/// Every entry `entries` picks from a module and its inline modules, with the inline path to it.
fn collect_in_tree<T: Clone>(
    module: &LoweredModule,
    entries: fn(&LoweredModule) -> &[T],
    inline_path: &mut Vec<Name>,
    out: &mut Vec<(Vec<Name>, T)>,
) {
    for entry in entries(module) {
        out.push((inline_path.clone(), entry.clone()));
    }
    for inline in &module.inline_modules {
        inline_path.push(inline.name.clone());
        collect_in_tree(&inline.body, entries, inline_path, out);
        inline_path.pop();
    }
}

fn loose_crate_name(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = if matches!(stem.as_str(), "lib" | "main" | "mod") {
        path.ancestors()
            .skip(1)
            .filter_map(|dir| dir.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .find(|name| name != "src")
            .unwrap_or(stem)
    } else {
        stem
    };
    name.replace('-', "_")
}

type FileResult = Result<(FileText, LoweredModule), FileFailure>;

/// Most lowered files come without their text, dropped on the thread that read it (see
/// `SourceDb::text_not_kept`). A file with suppression comments keeps it, since they are read
/// from the text after the analysis; so does a file that does not parse, for the diagnostic.
enum FileText {
    Kept(String),
    NotKept(Fingerprint),
}

enum FileFailure {
    Read(ReadError),
    Syntax(String, SyntaxError),
}

/// A panic while lowering one file (a bug, never expected) fails that file, not the run.
fn read_and_lower_guarded(
    fs: &dyn FileSystem,
    path: &Path,
    id: FileId,
    config: LowerConfig,
) -> FileResult {
    let attempt = std::panic::catch_unwind(|| read_and_lower(fs, path, id, config));
    attempt.unwrap_or_else(|panic| {
        syntax::release_spans();
        let message =
            format!("internal error while reading this file: {}", crate::flow::panic_text(&panic));
        Err(FileFailure::Syntax(String::new(), SyntaxError { message, start: 0, end: 0 }))
    })
}

fn read_and_lower(fs: &dyn FileSystem, path: &Path, id: FileId, config: LowerConfig) -> FileResult {
    let text = fs.read(path).map_err(FileFailure::Read)?;
    match lower_text(&text, id, config) {
        Ok(lowered) if text.contains(suppression::MARKER) => Ok((FileText::Kept(text), lowered)),
        Ok(lowered) => Ok((FileText::NotKept(Fingerprint::of(&text)), lowered)),
        Err(error) => Err(FileFailure::Syntax(text, error)),
    }
}

/// Parses and lowers one file's text; the syntax tree is dropped on this thread before returning.
fn lower_text(text: &str, id: FileId, config: LowerConfig) -> Result<LoweredModule, SyntaxError> {
    let result = syntax::parse(text).map(|parsed| lower_file(&parsed, id, config));
    syntax::release_spans();
    result
}
