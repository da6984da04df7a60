//! Reading source files and finding the file of each `mod` declaration.
//!
//! Every file is read through here, and here is where the workspace boundary holds: a module whose
//! file resolves (through `#[path]`, `..` or a symlink) outside the workspace root is not read.
//! Files come from a [`FileSystem`]: the [`Disk`], or [`MemoryFiles`] for checking code that
//! was never written to disk (fuzzing, embedding the check in another program).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::model::{FileId, Name, Span};

#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path shown to users: relative to the workspace root, with `/` separators.
    pub display: String,
    pub text: String,
}

/// All files read so far, numbered by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceDb {
    files: Vec<SourceFile>,
    /// Files whose text was not kept (see [`SourceDb::text_not_kept`]), with what they held.
    released: Vec<(FileId, Fingerprint)>,
}

/// A text's length and hash: enough to tell whether a file read again still holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    bytes: usize,
    hash: u64,
}

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        let hash = BuildHasherDefault::<DefaultHasher>::default().hash_one(text);
        Fingerprint { bytes: text.len(), hash }
    }
}

impl SourceDb {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: FileId) -> &mut SourceFile {
        &mut self.files[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(index, file)| (FileId(index as u32), file))
    }

    /// Records that `file` was read and held a text like `fingerprint`, but not its text: the
    /// analysis reads only the lowered model, and keeping every text through it was a tenth of its
    /// peak memory. [`SourceDb::read_texts_again`] reads them for the report.
    pub fn text_not_kept(&mut self, file: FileId, fingerprint: Fingerprint) {
        self.released.push((file, fingerprint));
    }

    /// Reads the texts of `files` that were not kept. Returns the files that changed since they
    /// were read, or can no longer be read: what the analysis found in them may not match their
    /// text. Either way the file was checked, so neither is reported as unreadable.
    pub fn read_texts_again(
        &mut self,
        fs: &dyn FileSystem,
        files: &BTreeSet<FileId>,
    ) -> Vec<LoadProblem> {
        let (released, kept) =
            std::mem::take(&mut self.released).into_iter().partition(|(id, _)| files.contains(id));
        self.released = kept;
        let files = &self.files;
        let read: Vec<(FileId, Fingerprint, String)> = released
            .into_par_iter()
            .map(|(id, fingerprint)| {
                (id, fingerprint, fs.read(&files[id.0 as usize].path).unwrap_or_default())
            })
            .collect();
        let mut problems = Vec::new();
        for (id, fingerprint, text) in read {
            if Fingerprint::of(&text) != fingerprint {
                problems.push(LoadProblem::Changed { file: id });
            }
            self.files[id.0 as usize].text = text;
        }
        problems
    }
}

/// Something that kept part of the workspace from being analysed.
#[derive(Debug)]
pub enum LoadProblem {
    Unreadable {
        file: FileId,
        error: ReadError,
    },
    /// The file changed while it was checked: it no longer holds the text that was analysed, or
    /// it can no longer be read.
    Changed {
        file: FileId,
    },
    Syntax {
        span: Span,
        message: String,
    },
    MissingModule {
        span: Span,
        name: Name,
        tried: Vec<String>,
    },
    OutsideWorkspace {
        span: Span,
        name: Name,
        path: String,
    },
    /// `include!("..")` of a file that does not exist.
    MissingInclude {
        span: Span,
        path: String,
    },
    /// `include!("..")` of a file outside the workspace (not read).
    IncludeOutside {
        span: Span,
        path: String,
    },
    /// `include!` of a path computed at build time (generated code), which is never produced here.
    ComputedInclude {
        span: Span,
    },
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    InvalidUtf8,
    /// A crate root or loose file that resolves outside the workspace (through a symbolic link):
    /// not read.
    OutsideWorkspace,
    /// A directory, a named pipe or a device where a source file was expected: not opened, since
    /// reading a pipe could wait forever.
    NotAFile,
    /// Larger than [`MAX_FILE_BYTES`]: not read.
    TooLarge {
        bytes: u64,
    },
    /// A directory whose entries could not be listed, so the files in it were not found.
    UnlistedDirectory(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(error) => write!(f, "cannot read the file: {error}"),
            ReadError::InvalidUtf8 => f.write_str("the file is not valid UTF-8"),
            ReadError::OutsideWorkspace => {
                f.write_str("the file resolves outside the workspace and was not read")
            }
            ReadError::NotAFile => f.write_str("this is not a regular file, so it was not read"),
            ReadError::TooLarge { bytes } => write!(
                f,
                "the file is {} MiB, larger than the {} MiB cargo-purpose reads",
                bytes >> 20,
                MAX_FILE_BYTES >> 20
            ),
            ReadError::UnlistedDirectory(error) => {
                write!(f, "cannot list the files of this directory: {error}")
            }
        }
    }
}

/// The largest source file read. Parsing takes about 30 bytes per byte of the file (the syntax
/// tree, dropped once the file is lowered) and the analysis 10 to 30 at its peak, so this bounds
/// the memory one file can take; generated files of real projects stay below a few megabytes.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Where source files are read from. Paths are those the workspace was found at; an
/// implementation resolves them as it likes, but never lets a read block or run anything.
pub trait FileSystem: Sync + std::panic::RefUnwindSafe {
    /// The text of a regular file of at most [`MAX_FILE_BYTES`].
    fn read(&self, path: &Path) -> Result<String, ReadError>;
    /// Whether anything is at `path`, a broken symbolic link included.
    fn exists(&self, path: &Path) -> bool;
    /// `path` with `.`, `..` and every symbolic link resolved, when it leads somewhere.
    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf>;
    /// Every `.rs` file under `directory`, sorted, skipping build output (`target/`) and hidden
    /// directories, and the directories whose entries could not be listed.
    fn rust_files(&self, directory: &Path) -> Vec<Result<PathBuf, (PathBuf, std::io::Error)>>;
    /// The size of the file at `path` in bytes, when known; only the order of work depends on it.
    fn size(&self, _path: &Path) -> Option<u64> {
        None
    }
}

/// The file system of the machine.
#[derive(Clone, Copy, Debug, Default)]
pub struct Disk;

impl FileSystem for Disk {
    fn read(&self, path: &Path) -> Result<String, ReadError> {
        let metadata = std::fs::metadata(path).map_err(ReadError::Io)?;
        if !metadata.is_file() {
            return Err(ReadError::NotAFile);
        }
        if metadata.len() > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge { bytes: metadata.len() });
        }
        let bytes = std::fs::read(path).map_err(ReadError::Io)?;
        text_of(bytes)
    }

    fn exists(&self, path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok()
    }

    fn size(&self, path: &Path) -> Option<u64> {
        std::fs::metadata(path).ok().map(|metadata| metadata.len())
    }

    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        path.canonicalize()
    }

    fn rust_files(&self, directory: &Path) -> Vec<Result<PathBuf, (PathBuf, std::io::Error)>> {
        let mut files = Vec::new();
        let walk = walkdir::WalkDir::new(directory).follow_links(false).sort_by_file_name();
        let entries = walk.into_iter().filter_entry(|entry| {
            entry.depth() == 0 || !is_skipped_directory(&entry.file_name().to_string_lossy())
        });
        for entry in entries {
            match entry {
                Ok(entry) if entry.path().extension().is_some_and(|ext| ext == "rs") => {
                    files.push(Ok(entry.into_path()))
                }
                Ok(_) => {}
                Err(error) => {
                    let path = error.path().unwrap_or(directory).to_path_buf();
                    files.push(Err((path, error.into())));
                }
            }
        }
        files
    }
}

/// Directories no crate's sources live in: build output and hidden directories (`.git`).
fn is_skipped_directory(name: &str) -> bool {
    name.starts_with('.') || name == "target"
}

fn text_of(bytes: Vec<u8>) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|_| ReadError::InvalidUtf8)
}

/// Source files held in memory, by relative path (`src/lib.rs`); the workspace root is the
/// empty path. There are no symbolic links, and a path whose `..` leads above the root names
/// nothing.
#[derive(Clone, Debug, Default)]
pub struct MemoryFiles {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemoryFiles {
    pub fn new() -> MemoryFiles {
        MemoryFiles::default()
    }

    /// Adds a file; a path that leads above the root (`../x.rs`) is not added, and the answer
    /// says so.
    pub fn insert(&mut self, path: impl AsRef<Path>, contents: impl Into<Vec<u8>>) -> bool {
        match normalize_within(path.as_ref()) {
            Some(path) => {
                self.files.insert(path, contents.into());
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn get(&self, path: &Path) -> Option<&[u8]> {
        let path = normalize_within(path)?;
        self.files.get(&path).map(Vec::as_slice)
    }
}

impl FileSystem for MemoryFiles {
    fn read(&self, path: &Path) -> Result<String, ReadError> {
        let not_found = || ReadError::Io(std::io::ErrorKind::NotFound.into());
        let bytes = self.get(path).ok_or_else(not_found)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge { bytes: bytes.len() as u64 });
        }
        text_of(bytes.to_vec())
    }

    fn exists(&self, path: &Path) -> bool {
        self.get(path).is_some()
    }

    fn size(&self, path: &Path) -> Option<u64> {
        self.get(path).map(|bytes| bytes.len() as u64)
    }

    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        normalize_within(path)
            .filter(|path| path.as_os_str().is_empty() || self.files.contains_key(path))
            .ok_or_else(|| std::io::ErrorKind::NotFound.into())
    }

    fn rust_files(&self, directory: &Path) -> Vec<Result<PathBuf, (PathBuf, std::io::Error)>> {
        let Some(directory) = normalize_within(directory) else { return Vec::new() };
        let hidden = |path: &Path| {
            path.strip_prefix(&directory).is_ok_and(|relative| {
                let mut parents = relative.parent().into_iter().flat_map(Path::components);
                parents.any(|part| is_skipped_directory(&part.as_os_str().to_string_lossy()))
            })
        };
        self.files
            .keys()
            .filter(|path| path.starts_with(&directory) && !hidden(path))
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .map(|path| Ok(path.clone()))
            .collect()
    }
}

/// A relative path with `.` and `..` resolved, or `None` when it is absolute or leads above
/// where it starts.
fn normalize_within(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// The path shown for `path`: relative to `root` when inside it.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .filter_map(|component| match component {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// Where a file sits in the module tree, which decides where its `mod x;` children live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRole {
    /// A crate root, a `mod.rs`, or a file named by `#[path]`: children live beside it.
    ModRs,
    /// `a.rs` reached by `mod a;`: children live in `a/`.
    NonModRs,
}

/// Where to look for the file of `mod name;`.
pub struct ModuleLookup<'a> {
    pub declaring_file: &'a Path,
    pub role: FileRole,
    /// Inline modules between the file's top and the declaration (`mod a { mod b; }` gives `[a]`).
    pub inline_path: &'a [String],
    pub name: &'a str,
    pub path_attribute: Option<&'a str>,
}

/// The outcome of looking up a module's file.
#[derive(Debug, PartialEq, Eq)]
pub enum ModuleFile {
    /// The file to read: canonical when it resolves, else as written, so that reading it reports
    /// why it cannot be read (a symbolic link that loops or leads nowhere).
    Found {
        path: PathBuf,
        role: FileRole,
    },
    Missing {
        tried: Vec<PathBuf>,
    },
    OutsideWorkspace {
        path: PathBuf,
    },
}

pub fn find_module_file(
    fs: &dyn FileSystem,
    lookup: &ModuleLookup<'_>,
    workspace_root: &Path,
) -> ModuleFile {
    let directory = lookup.declaring_file.parent().unwrap_or(Path::new("")).to_path_buf();
    let mut base = match lookup.role {
        FileRole::ModRs => directory.clone(),
        FileRole::NonModRs => {
            let stem = lookup.declaring_file.file_stem().unwrap_or_default();
            directory.join(stem)
        }
    };
    for inline in lookup.inline_path {
        base.push(file_name_of(inline));
    }
    let name = file_name_of(lookup.name);
    let candidates: Vec<(PathBuf, FileRole)> = match lookup.path_attribute {
        Some(attribute) if lookup.inline_path.is_empty() => {
            vec![(directory.join(attribute), FileRole::ModRs)]
        }
        Some(attribute) => vec![(base.join(attribute), FileRole::ModRs)],
        None => vec![
            (base.join(format!("{name}.rs")), FileRole::NonModRs),
            (base.join(name).join("mod.rs"), FileRole::ModRs),
        ],
    };
    for (candidate, role) in &candidates {
        if !fs.exists(candidate) {
            continue;
        }
        return match locate(fs, candidate, workspace_root) {
            Location::Inside(path) => ModuleFile::Found { path, role: *role },
            Location::Unresolved => ModuleFile::Found { path: candidate.clone(), role: *role },
            Location::Outside => ModuleFile::OutsideWorkspace { path: candidate.clone() },
        };
    }
    ModuleFile::Missing { tried: candidates.into_iter().map(|(path, _)| path).collect() }
}

/// `a/b/../c` as `a/c`, without asking the file system (symbolic links stay as written).
pub fn normalize_lexically(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The file or directory name of a module: a raw identifier (`mod r#enum;`) names `enum.rs`.
fn file_name_of(module: &str) -> &str {
    module.strip_prefix("r#").unwrap_or(module)
}

/// Where a path leads, with symbolic links resolved, relative to the workspace root.
#[derive(Debug, PartialEq, Eq)]
pub enum Location {
    /// Inside the root, at this canonical path.
    Inside(PathBuf),
    Outside,
    /// Nowhere: a symbolic link that loops or whose target is missing, or an unreadable directory
    /// on the way. Reading the path says which.
    Unresolved,
}

pub fn locate(fs: &dyn FileSystem, path: &Path, root: &Path) -> Location {
    let Ok(canonical) = fs.canonicalize(path) else { return Location::Unresolved };
    match fs.canonicalize(root) {
        Ok(root) if canonical.starts_with(&root) => Location::Inside(canonical),
        _ => Location::Outside,
    }
}

/// Every `.rs` file under `directory` on disk (see [`FileSystem::rust_files`]).
pub fn rust_files(directory: &Path) -> Vec<Result<PathBuf, (PathBuf, std::io::Error)>> {
    Disk.rust_files(directory)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lib_rs() -> BTreeSet<FileId> {
        BTreeSet::from([FileId(0)])
    }

    /// A database of one file, `lib.rs`, read when it held `checked`, its text not kept.
    fn one_file_read_as(checked: &str) -> SourceDb {
        let mut sources = SourceDb::default();
        let file = SourceFile {
            path: PathBuf::from("lib.rs"),
            display: "lib.rs".to_string(),
            text: String::new(),
        };
        let id = sources.add(file);
        sources.text_not_kept(id, Fingerprint::of(checked));
        sources
    }

    #[test]
    fn texts_not_kept_are_read_again() {
        let mut files = MemoryFiles::new();
        files.insert("lib.rs", "pub fn f() {}\n");
        let mut sources = one_file_read_as("pub fn f() {}\n");
        assert!(sources.read_texts_again(&files, &BTreeSet::new()).is_empty());
        assert_eq!(sources.get(FileId(0)).text, "", "only the files asked for are read");
        assert!(sources.read_texts_again(&files, &lib_rs()).is_empty());
        assert_eq!(sources.get(FileId(0)).text, "pub fn f() {}\n");
        assert!(sources.read_texts_again(&files, &lib_rs()).is_empty(), "read once, not again");
    }

    #[test]
    fn a_file_that_changed_or_went_away_since_it_was_read_is_a_problem() {
        let mut files = MemoryFiles::new();
        files.insert("lib.rs", "pub fn g() {}\n");
        let mut sources = one_file_read_as("pub fn f() {}\n");
        let problems = sources.read_texts_again(&files, &lib_rs());
        assert!(matches!(problems[..], [LoadProblem::Changed { file: FileId(0) }]));
        assert_eq!(sources.get(FileId(0)).text, "pub fn g() {}\n");

        let mut sources = one_file_read_as("pub fn f() {}\n");
        let problems = sources.read_texts_again(&MemoryFiles::new(), &lib_rs());
        assert!(matches!(problems[..], [LoadProblem::Changed { file: FileId(0) }]));
        assert_eq!(sources.get(FileId(0)).text, "");
    }

    fn lookup<'a>(
        file: &'a Path,
        role: FileRole,
        name: &'a str,
        attr: Option<&'a str>,
    ) -> ModuleLookup<'a> {
        ModuleLookup { declaring_file: file, role, inline_path: &[], name, path_attribute: attr }
    }

    #[test]
    fn module_files_follow_rust_rules_and_stay_inside_the_workspace() {
        let dir = std::env::temp_dir().join(format!("purpose-sources-{}", std::process::id()));
        let src = dir.join("src");
        std::fs::create_dir_all(src.join("a")).unwrap();
        std::fs::write(src.join("lib.rs"), "mod a;").unwrap();
        std::fs::write(src.join("a.rs"), "mod b;").unwrap();
        std::fs::write(src.join("a/b.rs"), "").unwrap();
        std::fs::write(dir.join("outside.rs"), "").unwrap();
        let root = src.clone();

        let find = |lookup: &ModuleLookup<'_>| find_module_file(&Disk, lookup, &root);
        let found = find(&lookup(&src.join("lib.rs"), FileRole::ModRs, "a", None));
        assert_eq!(
            found,
            ModuleFile::Found {
                path: src.join("a.rs").canonicalize().unwrap(),
                role: FileRole::NonModRs
            }
        );
        let nested = find(&lookup(&src.join("a.rs"), FileRole::NonModRs, "b", None));
        assert!(matches!(nested, ModuleFile::Found { role: FileRole::NonModRs, .. }));
        let escape =
            find(&lookup(&src.join("lib.rs"), FileRole::ModRs, "x", Some("../outside.rs")));
        assert!(matches!(escape, ModuleFile::OutsideWorkspace { .. }));
        let missing = find(&lookup(&src.join("lib.rs"), FileRole::ModRs, "gone", None));
        assert!(matches!(missing, ModuleFile::Missing { .. }));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn memory_files_resolve_lexically_and_never_above_their_root() {
        let mut files = MemoryFiles::new();
        assert!(files.insert("src/lib.rs", "mod a;"));
        assert!(files.insert("./src/a.rs", ""));
        assert!(files.insert("src/.hidden/b.rs", ""));
        assert!(files.insert("target/debug/c.rs", ""));
        assert!(!files.insert("../outside.rs", ""));
        assert!(!files.insert("/etc/passwd.rs", ""));
        let root = Path::new("");
        assert_eq!(
            locate(&files, Path::new("src/x/../a.rs"), root),
            Location::Inside(PathBuf::from("src/a.rs"))
        );
        assert_eq!(locate(&files, Path::new("src/../../a.rs"), root), Location::Unresolved);
        let listed: Vec<PathBuf> = files.rust_files(root).into_iter().flatten().collect();
        assert_eq!(listed, [PathBuf::from("src/a.rs"), PathBuf::from("src/lib.rs")]);
        let lib = lookup(Path::new("src/lib.rs"), FileRole::ModRs, "a", None);
        assert!(matches!(find_module_file(&files, &lib, root), ModuleFile::Found { .. }));
        assert!(matches!(files.read(Path::new("src/nothing.rs")), Err(ReadError::Io(_))));
    }
}
