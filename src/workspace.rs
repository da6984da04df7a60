//! Finding the crates to check: cargo workspace members and their lib and bin targets, or loose files.
//!
//! Cargo workspaces are read with `cargo metadata --no-deps --offline`, which parses manifests and
//! runs no build script, proc macro or network request. A path without a `Cargo.toml` is checked as
//! loose files.

use std::path::{Path, PathBuf};

/// The crates to check and the directory findings are reported relative to.
#[derive(Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub crates: Vec<CrateSpec>,
    pub kind: WorkspaceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkspaceKind {
    Cargo,
    /// A directory or file without a manifest: every `.rs` file not declared as a module of another
    /// is a crate root, and crates may name each other by file stem.
    Loose,
}

#[derive(Clone, Debug)]
pub enum CrateRoots {
    /// One root file.
    File(PathBuf),
    /// Every `.rs` file under a directory; roots are decided once modules are known.
    Directory(PathBuf),
}

#[derive(Clone, Debug)]
pub struct CrateSpec {
    /// The name other crates use (`my_lib` for package `my-lib`).
    pub name: String,
    pub root_file: PathBuf,
    /// Workspace crates it may name: (name used in code, index into `Workspace::crates`).
    pub dependencies: Vec<(String, usize)>,
}

/// Why the workspace could not be read.
#[derive(Debug)]
pub enum WorkspaceError {
    NotFound(PathBuf),
    Metadata {
        manifest: PathBuf,
        message: String,
    },
    NoTargets(PathBuf),
    /// A file that is neither a manifest nor Rust source.
    NotRust(PathBuf),
    /// The analysis could not start or stopped unexpectedly (a thread could not be created).
    Runtime(String),
    /// The configuration file is invalid; the error says where and how.
    Config(crate::policy::config::ConfigError),
    ConfigUnreadable {
        file: PathBuf,
        error: std::io::Error,
    },
}

impl std::fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkspaceError::NotFound(path) => {
                write!(
                    f,
                    "`{}` does not exist; pass a workspace directory, a manifest or a `.rs` file",
                    path.display()
                )
            }
            WorkspaceError::Metadata { manifest, message } => write!(
                f,
                "cargo could not read the workspace at `{}`: {}",
                manifest.display(),
                message.trim()
            ),
            WorkspaceError::Config(error) => write!(f, "{error}"),
            WorkspaceError::NotRust(path) => write!(
                f,
                "`{}` is not Rust source; pass a workspace directory, a `Cargo.toml` or a `.rs` file",
                path.display()
            ),
            WorkspaceError::ConfigUnreadable { file, error } => {
                write!(f, "cannot read the configuration `{}`: {error}", file.display())
            }
            WorkspaceError::Runtime(message) => {
                write!(f, "the check stopped unexpectedly: {message}; please report this")
            }
            WorkspaceError::NoTargets(path) => {
                write!(
                    f,
                    "`{}` has no Rust source to check (no lib or bin target, no `.rs` file)",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for WorkspaceError {}

/// What to look at: a directory, a `Cargo.toml`, or a single `.rs` file.
pub struct Request<'a> {
    pub path: &'a Path,
    pub include_tests: bool,
}

pub fn discover(request: &Request<'_>) -> Result<(Workspace, Option<CrateRoots>), WorkspaceError> {
    let path = request.path;
    if !path.exists() {
        return Err(WorkspaceError::NotFound(path.to_path_buf()));
    }
    let path = path.canonicalize().map_err(|_| WorkspaceError::NotFound(path.to_path_buf()))?;
    if path.is_file() && path.file_name().is_some_and(|name| name == "Cargo.toml") {
        return cargo_workspace(&path, request.include_tests).map(|ws| (ws, None));
    }
    if path.is_file() && path.extension().is_none_or(|extension| extension != "rs") {
        return Err(WorkspaceError::NotRust(path));
    }
    if path.is_file() {
        let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let workspace = Workspace { root, crates: Vec::new(), kind: WorkspaceKind::Loose };
        return Ok((workspace, Some(CrateRoots::File(path))));
    }
    let manifest = path.join("Cargo.toml");
    if manifest.is_file() {
        return cargo_workspace(&manifest, request.include_tests).map(|ws| (ws, None));
    }
    // A gate pointed at the wrong directory must not pass for lack of code.
    if crate::sources::rust_files(&path).is_empty() {
        return Err(WorkspaceError::NoTargets(path));
    }
    let workspace =
        Workspace { root: path.clone(), crates: Vec::new(), kind: WorkspaceKind::Loose };
    Ok((workspace, Some(CrateRoots::Directory(path))))
}

fn cargo_workspace(manifest: &Path, include_tests: bool) -> Result<Workspace, WorkspaceError> {
    // rustup picks the toolchain from the current directory, so a project's `rust-toolchain.toml`
    // would choose (and download, or run from the project's own folder) the cargo that reads the
    // project: cargo runs from a neutral directory instead, with the manifest named absolutely.
    let manifest = std::path::absolute(manifest).map_err(|error| WorkspaceError::Metadata {
        manifest: manifest.to_path_buf(),
        message: error.to_string(),
    })?;
    let manifest = manifest.as_path();
    let metadata = cargo_metadata::MetadataCommand::new()
        .manifest_path(manifest)
        .current_dir(std::env::temp_dir())
        .no_deps()
        .other_options(vec!["--offline".to_string()])
        .exec()
        .map_err(|error| WorkspaceError::Metadata {
            manifest: manifest.to_path_buf(),
            message: metadata_error_message(&error),
        })?;
    let root = PathBuf::from(metadata.workspace_root.as_std_path());
    let members: Vec<&cargo_metadata::Package> = metadata.workspace_packages();

    let mut crates = Vec::new();
    // (package index, crate index of its lib, crate indices of its bins)
    let mut package_crates: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for package in &members {
        let mut lib = None;
        let mut bins = Vec::new();
        for target in &package.targets {
            let kinds: Vec<String> = target.kind.iter().map(|kind| kind.to_string()).collect();
            let is_lib = kinds.iter().any(|k| k.contains("lib") || k == "proc-macro");
            let is_bin = kinds.iter().any(|k| k == "bin");
            let is_test_target =
                kinds.iter().any(|k| matches!(k.as_str(), "test" | "bench" | "example"));
            if !(is_lib || is_bin || (include_tests && is_test_target)) {
                continue;
            }
            let index = crates.len();
            crates.push(CrateSpec {
                name: target.name.replace('-', "_"),
                root_file: PathBuf::from(target.src_path.as_std_path()),
                dependencies: Vec::new(),
            });
            if is_lib { lib = Some(index) } else { bins.push(index) }
        }
        package_crates.push((lib, bins));
    }
    for (package_index, package) in members.iter().enumerate() {
        let mut dependencies = Vec::new();
        for dependency in &package.dependencies {
            let is_dev = dependency.kind == cargo_metadata::DependencyKind::Development;
            if is_dev && !include_tests {
                continue;
            }
            let Some(target) =
                members.iter().position(|member| member.name.as_str() == dependency.name)
            else {
                continue;
            };
            if let Some(lib) = package_crates[target].0 {
                let name = dependency.rename.clone().unwrap_or_else(|| dependency.name.clone());
                dependencies.push((name.replace('-', "_"), lib));
            }
        }
        let (lib, bins) = &package_crates[package_index];
        if let Some(lib) = lib {
            for bin in bins {
                let lib_name = crates[*lib].name.clone();
                crates[*bin].dependencies.push((lib_name, *lib));
            }
        }
        for index in lib.iter().chain(bins.iter()) {
            crates[*index].dependencies.extend(dependencies.iter().cloned());
        }
    }
    if crates.is_empty() {
        return Err(WorkspaceError::NoTargets(root));
    }
    Ok(Workspace { root, crates, kind: WorkspaceKind::Cargo })
}

fn metadata_error_message(error: &cargo_metadata::Error) -> String {
    match error {
        cargo_metadata::Error::CargoMetadata { stderr } => stderr
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| line.trim_start_matches("error: "))
            .collect::<Vec<_>>()
            .join("\n  "),
        other => other.to_string(),
    }
}

/// Where a configuration was found, with its text.
#[derive(Clone, Debug)]
pub struct ConfigSource {
    /// The file name relative to the workspace root, as shown in errors: `purpose.toml` or
    /// `Cargo.toml`.
    pub display: String,
    pub text: String,
    pub kind: ConfigKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigKind {
    PurposeToml,
    WorkspaceMetadata,
    PackageMetadata,
}

/// Finds the configuration of the workspace at `root`: `purpose.toml`, else a
/// `[workspace.metadata.purpose]` or `[package.metadata.purpose]` table in `Cargo.toml`.
///
/// When both exist, `purpose.toml` wins and the manifest's table is not read: one file is the
/// policy, so a reviewer never has to merge two in their head. A manifest that is not valid TOML
/// counts as having no table; `cargo metadata` reports what is wrong with it, better than we could.
/// The manifest is parsed rather than searched for the header, because the table can also be
/// written as dotted keys (`metadata.purpose.lints = ...`) or only through its sub-tables.
pub fn find_config(root: &Path) -> Result<Option<ConfigSource>, std::io::Error> {
    if let Some(text) = read_if_present(&root.join("purpose.toml"))? {
        let display = "purpose.toml".to_string();
        return Ok(Some(ConfigSource { display, text, kind: ConfigKind::PurposeToml }));
    }
    let Some(text) = read_if_present(&root.join("Cargo.toml"))? else {
        return Ok(None);
    };
    let Ok(manifest) = toml::from_str::<toml::Table>(&text) else {
        return Ok(None);
    };
    let has_purpose_table = |section: &str| {
        manifest
            .get(section)
            .and_then(|table| table.get("metadata"))
            .and_then(|metadata| metadata.get("purpose"))
            .is_some()
    };
    let kind = if has_purpose_table("workspace") {
        ConfigKind::WorkspaceMetadata
    } else if has_purpose_table("package") {
        ConfigKind::PackageMetadata
    } else {
        return Ok(None);
    };
    Ok(Some(ConfigSource { display: "Cargo.toml".to_string(), text, kind }))
}

/// The file's text, or `None` when there is no such file.
fn read_if_present(path: &Path) -> Result<Option<String>, std::io::Error> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}
