//! Reading source files and finding the file of each `mod` declaration.
//!
//! Every file is read through here, and here is where the workspace boundary holds: a module whose
//! file resolves (through `#[path]`, `..` or a symlink) outside the workspace root is not read.

use std::path::{Component, Path, PathBuf};

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
}

/// Something that kept part of the workspace from being analysed.
#[derive(Debug)]
pub enum LoadProblem {
    Unreadable {
        file: FileId,
        error: ReadError,
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
    /// A crate root that resolves outside the workspace (through a symbolic link): not read.
    OutsideWorkspace,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(error) => write!(f, "cannot read the file: {error}"),
            ReadError::InvalidUtf8 => f.write_str("the file is not valid UTF-8"),
            ReadError::OutsideWorkspace => {
                f.write_str("the file resolves outside the workspace and was not read")
            }
        }
    }
}

pub fn read(path: &Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    String::from_utf8(bytes).map_err(|_| ReadError::InvalidUtf8)
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
    Found { path: PathBuf, role: FileRole },
    Missing { tried: Vec<PathBuf> },
    OutsideWorkspace { path: PathBuf },
}

pub fn find_module_file(lookup: &ModuleLookup<'_>, workspace_root: &Path) -> ModuleFile {
    let directory = lookup.declaring_file.parent().unwrap_or(Path::new("")).to_path_buf();
    let mut base = match lookup.role {
        FileRole::ModRs => directory.clone(),
        FileRole::NonModRs => {
            let stem = lookup.declaring_file.file_stem().unwrap_or_default();
            directory.join(stem)
        }
    };
    for inline in lookup.inline_path {
        base.push(inline);
    }
    let candidates: Vec<(PathBuf, FileRole)> = match lookup.path_attribute {
        Some(attribute) if lookup.inline_path.is_empty() => {
            vec![(directory.join(attribute), FileRole::ModRs)]
        }
        Some(attribute) => vec![(base.join(attribute), FileRole::ModRs)],
        None => vec![
            (base.join(format!("{}.rs", lookup.name)), FileRole::NonModRs),
            (base.join(lookup.name).join("mod.rs"), FileRole::ModRs),
        ],
    };
    for (candidate, role) in &candidates {
        if !candidate.is_file() {
            continue;
        }
        return match confined(candidate, workspace_root) {
            Some(path) => ModuleFile::Found { path, role: *role },
            None => ModuleFile::OutsideWorkspace { path: candidate.clone() },
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

/// The canonical path of `path` when it lies inside `root` (symlinks resolved), else `None`.
pub fn confined(path: &Path, root: &Path) -> Option<PathBuf> {
    let canonical = path.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    canonical.starts_with(&root).then_some(canonical)
}

/// Every `.rs` file under `directory`, skipping build output, hidden directories and symlinks
/// that leave the directory.
pub fn rust_files(directory: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(directory)
        .follow_links(false)
        .into_iter()
        .filter_entry(|entry| {
            let name = entry.file_name().to_string_lossy();
            entry.depth() == 0 || !(name.starts_with('.') || name == "target")
        })
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "rs"))
        .filter_map(|entry| confined(entry.path(), directory))
        .collect();
    files.sort();
    files.dedup();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

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

        let found =
            find_module_file(&lookup(&src.join("lib.rs"), FileRole::ModRs, "a", None), &root);
        assert_eq!(
            found,
            ModuleFile::Found {
                path: src.join("a.rs").canonicalize().unwrap(),
                role: FileRole::NonModRs
            }
        );
        let nested =
            find_module_file(&lookup(&src.join("a.rs"), FileRole::NonModRs, "b", None), &root);
        assert!(matches!(nested, ModuleFile::Found { role: FileRole::NonModRs, .. }));
        let escape = find_module_file(
            &lookup(&src.join("lib.rs"), FileRole::ModRs, "x", Some("../outside.rs")),
            &root,
        );
        assert!(matches!(escape, ModuleFile::OutsideWorkspace { .. }));
        let missing =
            find_module_file(&lookup(&src.join("lib.rs"), FileRole::ModRs, "gone", None), &root);
        assert!(matches!(missing, ModuleFile::Missing { .. }));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
