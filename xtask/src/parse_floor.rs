//! The parse floor: how long reading and parsing every `.rs` file of a directory takes on all
//! cores, with nothing else done. A check cannot be faster than this, so its time is best read
//! as a multiple of it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// What the parse floor measured.
#[derive(Clone, Debug, Default)]
pub struct ParseFloor {
    pub files: usize,
    pub bytes: usize,
    pub lines: usize,
    /// Files that could not be read or parsed.
    pub failed: usize,
    pub seconds: f64,
}

/// Reads and parses with `syn::parse_file` every `.rs` file under `root`, skipping `target/` and
/// hidden directories, on as many threads as there are cores.
pub fn parse_floor(root: &Path) -> std::io::Result<ParseFloor> {
    let start = Instant::now();
    let mut files = Vec::new();
    collect_rust_files(root, &mut files)?;
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let next = AtomicUsize::new(0);
    let parts: Vec<ParseFloor> = std::thread::scope(|scope| {
        let workers: Vec<_> =
            (0..threads).map(|_| scope.spawn(|| parse_some(&files, &next))).collect();
        workers.into_iter().map(|worker| worker.join().unwrap_or_default()).collect()
    });
    let mut total = parts.into_iter().fold(ParseFloor::default(), |mut total, part| {
        total.files += part.files;
        total.bytes += part.bytes;
        total.lines += part.lines;
        total.failed += part.failed;
        total
    });
    total.seconds = start.elapsed().as_secs_f64();
    Ok(total)
}

/// Takes files off the shared list until it is empty; a work queue rather than fixed shares,
/// because file sizes vary.
fn parse_some(files: &[PathBuf], next: &AtomicUsize) -> ParseFloor {
    let mut part = ParseFloor::default();
    while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
        part.files += 1;
        let Ok(text) = std::fs::read_to_string(path) else {
            part.failed += 1;
            continue;
        };
        part.bytes += text.len();
        part.lines += text.lines().count();
        if syn::parse_file(&text).is_err() {
            part.failed += 1;
        }
    }
    part
}

/// Every `.rs` file under `directory`, in name order, skipping `target/` and hidden directories.
pub fn collect_rust_files(directory: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(directory)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if entry.file_type()?.is_dir() {
            if name != "target" && !name.starts_with('.') {
                collect_rust_files(&path, files)?;
            }
        } else if name.ends_with(".rs") {
            files.push(path);
        }
    }
    Ok(())
}
