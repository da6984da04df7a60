//! Paths and types as written in the source, before name resolution.

use super::{Name, Span};

/// A path such as `crate::ads::upload`, `Vec<User>` or `<T as Trait>::f`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PathRef {
    pub leading_colon: bool,
    pub segments: Vec<PathSegment>,
    /// The `T` of a qualified path `<T as Trait>::f`, with the number of segments that name the trait.
    pub qself: Option<Box<QualifiedSelf>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PathSegment {
    pub name: Name,
    pub generic_args: Vec<TypeRef>,
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
            segments: vec![PathSegment { name, generic_args: Vec::new() }],
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
