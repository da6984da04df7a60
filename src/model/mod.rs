//! The program as the analysis sees it: crates, modules, items and lowered function bodies.
//!
//! Every syntax tree is lowered into these types on the thread that parsed it and then dropped, so
//! the analysis never holds `syn` trees (which are large and not `Send`). Items live in arenas indexed
//! by small ids; spans are byte ranges in a file named by a [`FileId`], never a path on disk.

pub mod attrs;
pub mod body;
pub mod external;
pub mod lower;
mod program;
pub mod types;

pub use program::*;

use std::sync::Arc;

/// An identifier as written in the source.
pub type Name = Arc<str>;

/// A source file, numbered by the `sources` layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// The smallest span covering both; `self` wins when the files differ.
    pub fn to(self, other: Span) -> Span {
        if self.file != other.file {
            return self;
        }
        Span { file: self.file, start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// A struct field name or tuple index.
#[derive(Clone, Debug, Eq)]
pub enum Member {
    Named(Name),
    Index(u32),
}

// Members are compared by name, but names are shared (interned on the thread that lowered them),
// so two equal names are most often one allocation: comparing the pointers first spares most
// string comparisons, which were a tenth of the flow phase (access paths are keys of every taint
// set). The order is the derived one: named members before indices, names by their text.
impl Ord for Member {
    fn cmp(&self, other: &Member) -> std::cmp::Ordering {
        match (self, other) {
            (Member::Named(left), Member::Named(right)) if Arc::ptr_eq(left, right) => {
                std::cmp::Ordering::Equal
            }
            (Member::Named(left), Member::Named(right)) => left.cmp(right),
            (Member::Named(_), Member::Index(_)) => std::cmp::Ordering::Less,
            (Member::Index(_), Member::Named(_)) => std::cmp::Ordering::Greater,
            (Member::Index(left), Member::Index(right)) => left.cmp(right),
        }
    }
}

impl PartialOrd for Member {
    fn partial_cmp(&self, other: &Member) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Member {
    fn eq(&self, other: &Member) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

// By text, like the order: equal members hash alike whether or not they share an allocation.
impl std::hash::Hash for Member {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Member::Named(name) => {
                state.write_u8(0);
                name.hash(state);
            }
            Member::Index(index) => {
                state.write_u8(1);
                index.hash(state);
            }
        }
    }
}

impl std::fmt::Display for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Member::Named(name) => f.write_str(name),
            Member::Index(index) => write!(f, "{index}"),
        }
    }
}
