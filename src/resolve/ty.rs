//! Types as far as the analysis needs them: which struct a value is, and what a container holds.
//!
//! References and ownership wrappers (`&T`, `Box<T>`, `Rc<T>`, `Arc<T>`, `RefCell<T>`, `Mutex<T>`)
//! are seen through: the data inside is the same data, and methods and fields auto-deref.

use crate::model::{AdtId, TraitId};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Ty {
    #[default]
    Unknown,
    Adt(AdtId, Vec<Ty>),
    Tuple(Vec<Ty>),
    /// A collection, slice, array or iterator of this element type.
    Seq(Box<Ty>),
    /// `Option<T>` or `Result<T, _>`: `?`, `unwrap` and pattern matching reach the `T`.
    Wrapped(Box<Ty>),
    /// A map from the first type to the second.
    Map(Box<Ty>, Box<Ty>),
    /// A generic parameter, `dyn Trait` or `impl Trait`: known only by its trait bounds.
    Bounds(Vec<TraitId>),
    /// The n-th generic parameter of the type whose field this is; a use of the type substitutes it.
    Placeholder(u32),
    /// A type of a dependency (`reqwest::Client`, a builder): none of the workspace's inherent
    /// methods can run on it, only its impls of workspace traits.
    Foreign,
}

impl Ty {
    pub fn is_unknown(&self) -> bool {
        matches!(self, Ty::Unknown)
    }

    /// The element produced by iterating over a value of this type.
    pub fn element(&self) -> Ty {
        match self {
            Ty::Seq(elem) | Ty::Wrapped(elem) => (**elem).clone(),
            Ty::Map(key, value) => Ty::Tuple(vec![(**key).clone(), (**value).clone()]),
            _ => Ty::Unknown,
        }
    }

    /// Replaces placeholders by the arguments of the type the field belongs to.
    pub fn substitute(&self, args: &[Ty]) -> Ty {
        match self {
            Ty::Placeholder(index) => args.get(*index as usize).cloned().unwrap_or_default(),
            Ty::Adt(adt, inner) => {
                Ty::Adt(*adt, inner.iter().map(|ty| ty.substitute(args)).collect())
            }
            Ty::Tuple(elems) => Ty::Tuple(elems.iter().map(|ty| ty.substitute(args)).collect()),
            Ty::Seq(elem) => Ty::Seq(Box::new(elem.substitute(args))),
            Ty::Wrapped(elem) => Ty::Wrapped(Box::new(elem.substitute(args))),
            Ty::Map(key, value) => {
                Ty::Map(Box::new(key.substitute(args)), Box::new(value.substitute(args)))
            }
            other => other.clone(),
        }
    }

    /// How much a type says: a concrete shape beats trait bounds, which beat nothing.
    pub fn specificity(&self) -> u8 {
        match self {
            Ty::Unknown | Ty::Placeholder(_) => 0,
            Ty::Bounds(traits) if traits.is_empty() => 0,
            Ty::Bounds(_) => 1,
            _ => 2,
        }
    }

    /// What `?`, `unwrap()` and friends give.
    pub fn unwrapped(&self) -> Ty {
        match self {
            Ty::Wrapped(inner) => (**inner).clone(),
            other => other.clone(),
        }
    }
}

/// How a standard library type name is seen by the analysis.
pub enum StdShape {
    /// `Box<T>`, `Rc<T>`...: the same as `T`.
    Transparent,
    Seq,
    Wrapped,
    Map,
}

pub fn std_shape(name: &str) -> Option<StdShape> {
    Some(match name {
        "Box" | "Rc" | "Arc" | "RefCell" | "Cell" | "Mutex" | "RwLock" | "Cow" | "MutexGuard"
        | "RwLockReadGuard" | "RwLockWriteGuard" | "Ref" | "RefMut" | "Pin" | "OnceCell"
        | "OnceLock" | "LazyLock" | "Lazy" | "ManuallyDrop" | "Weak" | "JoinHandle" => {
            StdShape::Transparent
        }
        "Vec" | "VecDeque" | "LinkedList" | "HashSet" | "BTreeSet" | "BinaryHeap" | "IndexSet"
        | "SmallVec" => StdShape::Seq,
        "Option" | "Result" | "Poll" => StdShape::Wrapped,
        "HashMap" | "BTreeMap" | "IndexMap" | "DashMap" => StdShape::Map,
        _ => return None,
    })
}
