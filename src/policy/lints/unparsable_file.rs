//! `unparsable_file`: a file could not be read or parsed, so nothing in it was checked.

use super::{Level, Lint};

pub static LINT: Lint = Lint {
    name: "unparsable_file",
    default_level: Level::Deny,
    summary: "a source file could not be read or parsed, so its flows were not checked",
    documentation: include_str!("../../../lints/unparsable_file.md"),
};

use crate::sources::ReadError;

/// The help for a file that was read but does not parse.
pub const HELP: &str =
    "fix the file so that it parses (`cargo check` shows the same error), or exclude it";

/// The help for a file that changed while it was checked.
pub const CHANGED_HELP: &str = "run the check again once nothing is writing to the file";

/// The help for a file that could not be read: what to do depends on why.
pub fn read_help(error: &ReadError) -> &'static str {
    match error {
        ReadError::Io(error) if error.kind() == std::io::ErrorKind::NotFound => {
            "restore the file (a symbolic link must lead to a file that exists), or exclude it"
        }
        ReadError::Io(_) => {
            "make the file readable by the user running the check (a symbolic link must not \
             loop), or exclude it"
        }
        ReadError::InvalidUtf8 => "save the file as UTF-8, as rustc requires, or exclude it",
        ReadError::OutsideWorkspace => {
            "keep the crate's source inside the workspace, or check the workspace it belongs to"
        }
        ReadError::NotAFile => "put a regular file at this path, or exclude it",
        ReadError::TooLarge { .. } => "exclude generated files this large in `purpose.toml`",
        ReadError::UnlistedDirectory(_) => {
            "make the directory readable by the user running the check, or exclude it"
        }
    }
}
