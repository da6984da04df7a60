//! Paths and types as written in the source, before name resolution.

use smallvec::{SmallVec, smallvec};

use super::{Name, Span};

/// A path such as `crate::ads::upload`, `Vec<User>` or `<T as Trait>::f`.
///
/// Most paths of a program are one segment (a local variable, `self`, `String`), so one segment is
/// kept inline: a vector of segments for every path was a fifth of the model of tokio.
const _: () = assert!(std::mem::size_of::<PathRef>() <= 64);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PathRef {
    pub leading_colon: bool,
    pub segments: SmallVec<[PathSegment; 1]>,
    /// The `T` of a qualified path `<T as Trait>::f`, with the number of segments that name the trait.
    pub qself: Option<Box<QualifiedSelf>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PathSegment {
    pub name: Name,
    /// Boxed rather than a vector: it is empty in most segments, and a box is the smaller of the two.
    pub generic_args: Box<[TypeRef]>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct QualifiedSelf {
    pub self_ty: TypeRef,
    /// How many leading segments of the path name the trait (`<T as a::Tr>::f` has 2).
    pub trait_segments: usize,
}

impl PathRef {
    pub fn single(name: Name, span: Span) -> PathRef {
        PathRef {
            leading_colon: false,
            segments: smallvec![PathSegment { name, generic_args: Box::default() }],
            qself: None,
            span,
        }
    }

    pub fn last_name(&self) -> Option<&Name> {
        self.segments.last().map(|segment| &segment.name)
    }

    /// The name when the path is a single plain identifier, such as a local variable.
    pub fn as_ident(&self) -> Option<&Name> {
        match self.segments.as_slice() {
            [segment] if !self.leading_colon && self.qself.is_none() => Some(&segment.name),
            _ => None,
        }
    }

    pub fn display(&self) -> String {
        let names: Vec<&str> = self.segments.iter().map(|segment| &*segment.name).collect();
        names.join("::")
    }
}

/// A type as written. References and smart pointers are kept so that resolution can see through them.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum TypeRef {
    Path(PathRef),
    Reference(Box<TypeRef>),
    Tuple(Vec<TypeRef>),
    Slice(Box<TypeRef>),
    Array(Box<TypeRef>),
    /// `dyn A + B` and `impl A + B`: the trait bounds.
    Bounds(Vec<PathRef>),
    #[default]
    Unknown,
}
