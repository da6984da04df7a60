//! A copy of a code base for `cargo check`, so that the code base itself is never written: every
//! file but `target/` and `.git/`, with the lines that hold nothing but a purpose annotation
//! emptied (a checkout annotated without depending on the `purpose` crate would not compile), and
//! the file the one-file edit goes to.

use std::path::{Path, PathBuf};

/// Attributes emptied in the copy when a line holds nothing else.
const ANNOTATIONS: [&str; 5] = [
    "#[collected_for(",
    "#[purpose::collected_for(",
    "#[ad_targeting]",
    "#[purpose::ad_targeting]",
    "#[used_for(",
];

/// Copies `from` into `to`, which must not exist; returns how many annotation lines were emptied.
pub fn copy(from: &Path, to: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(to)?;
    let mut emptied = 0;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        let (source, target) = (entry.path(), to.join(&name));
        let kind = entry.file_type()?;
        if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&source)?, &target)?;
        } else if kind.is_dir() {
            if name != "target" && name != ".git" {
                emptied += copy(&source, &target)?;
            }
        } else if name.to_string_lossy().ends_with(".rs") {
            let bytes = std::fs::read(&source)?;
            let (text, count) = strip(&bytes);
            emptied += count;
            std::fs::write(&target, text)?;
        } else {
            std::fs::copy(&source, &target)?;
        }
    }
    Ok(emptied)
}

/// The file's bytes with annotation-only lines emptied (line numbers are kept).
fn strip(bytes: &[u8]) -> (Vec<u8>, usize) {
    let Ok(text) = std::str::from_utf8(bytes) else { return (bytes.to_vec(), 0) };
    let mut count = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if ANNOTATIONS.iter().any(|a| trimmed.starts_with(a)) && trimmed.ends_with(']') {
            count += 1;
            out.push_str(if line.ends_with("\r\n") { "\r\n" } else { "\n" });
        } else {
            out.push_str(line);
        }
    }
    (out.into_bytes(), count)
}

/// The file to edit: `src/lib.rs`, else `src/main.rs`, else the first `.rs` file of the
/// workspace's first member (the root package if the root manifest has one, else the first entry
/// of `[workspace] members`, a trailing `*` expanded in name order).
pub fn edited_file(root: &Path) -> Result<PathBuf, String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|error| format!("cannot read Cargo.toml: {error}"))?;
    let member = if manifest.lines().any(|line| line.trim() == "[package]") {
        root.to_path_buf()
    } else {
        let first = first_member(&manifest).ok_or("no `[workspace] members` in Cargo.toml")?;
        expand(root, &first)?
    };
    for candidate in ["src/lib.rs", "src/main.rs"] {
        if member.join(candidate).is_file() {
            return Ok(member.join(candidate));
        }
    }
    let mut files = Vec::new();
    crate::parse_floor::collect_rust_files(&member, &mut files)
        .map_err(|error| format!("cannot list `{}`: {error}", member.display()))?;
    files.into_iter().next().ok_or_else(|| format!("no .rs file in `{}`", member.display()))
}

/// The first string of the `members` array of the `[workspace]` table.
fn first_member(manifest: &str) -> Option<String> {
    let mut table = "";
    let mut in_members = false;
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.starts_with('[') && !in_members {
            table = line;
            continue;
        }
        if table == "[workspace]" && !in_members {
            let Some(rest) = line.strip_prefix("members") else { continue };
            let Some(rest) = rest.trim_start().strip_prefix('=') else { continue };
            in_members = true;
            if let Some(first) = first_string(rest) {
                return Some(first);
            }
        } else if in_members {
            if let Some(first) = first_string(line) {
                return Some(first);
            }
            if line.contains(']') {
                return None;
            }
        }
    }
    None
}

fn first_string(text: &str) -> Option<String> {
    let start = text.find('"')? + 1;
    let end = text[start..].find('"')? + start;
    Some(text[start..end].to_owned())
}

/// A member path, with a trailing `/*` expanded to its first directory holding a Cargo.toml.
fn expand(root: &Path, member: &str) -> Result<PathBuf, String> {
    let Some(parent) = member.strip_suffix("/*") else {
        return if member.contains('*') {
            Err(format!("member glob `{member}` is not supported"))
        } else {
            Ok(root.join(member))
        };
    };
    let listing = std::fs::read_dir(root.join(parent))
        .map_err(|error| format!("cannot list `{parent}`: {error}"))?;
    let mut dirs: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .collect();
    dirs.sort();
    dirs.into_iter().next().ok_or_else(|| format!("no member matches `{member}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_annotation_lines_only() {
        let text = "struct A {\n    #[collected_for(security)]\n    email: String,\n}\n\
                    #[ad_targeting] fn x() {}\n#[ad_targeting]\nfn y() {}\n";
        let (out, count) = strip(text.as_bytes());
        assert_eq!(count, 2);
        let expected =
            "struct A {\n\n    email: String,\n}\n#[ad_targeting] fn x() {}\n\nfn y() {}\n";
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn finds_the_first_member() {
        let manifest = "[package]\nname = \"x\"\n[workspace]\n# members = [\"no\"]\n\
                        members = [\n  # first\n  \"crates/api\", \"crates/db\",\n]\n";
        assert_eq!(first_member(manifest).as_deref(), Some("crates/api"));
        assert_eq!(first_member("[workspace]\nmembers = [\"a\"]\n").as_deref(), Some("a"));
        assert_eq!(first_member("[workspace]\nresolver = \"2\"\n"), None);
    }
}
