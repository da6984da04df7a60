//! Scratch directories for tests that build their own workspaces on disk: each one unique under the
//! system's temporary directory, and removed when dropped, even when the test fails.

#![allow(dead_code)] // each test crate uses a different part of this module

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub struct ScratchDir {
    /// Canonical, so that it compares equal to the paths the tool prints (on macOS the temporary
    /// directory is reached through a symbolic link).
    path: PathBuf,
}

impl ScratchDir {
    /// A new empty directory whose name starts with `cargo-purpose-{label}`.
    pub fn new(label: &str) -> ScratchDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |time| time.as_nanos());
        let name = format!(
            "cargo-purpose-{label}-{}-{}-{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        std::fs::create_dir_all(&path).unwrap();
        ScratchDir { path: path.canonicalize().unwrap() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn join(&self, relative: &str) -> PathBuf {
        self.path.join(relative)
    }

    /// Writes `contents` to `relative`, creating the directories on the way.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let file = self.path.join(relative);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, contents).unwrap();
        file
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
