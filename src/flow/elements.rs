//! The elements of a collection, kept as one structured value apart from the collection's own data.
//!
//! `rows.push(Row { handle, phone })` and then `for r in &rows { upload(&r.handle) }`: if the
//! collection carried its elements' data as one flat set, every element field would carry every
//! other, and the loop would report the phone. A collection value keeps the join of its elements
//! at the pseudo-field [`ELEMENTS`] instead, and iterators built from it (`iter`, `map`, `zip`,
//! `collect`) keep that structure, so that a field of an element is as precise as a field of a
//! struct. Data the analysis only knows for the collection as a whole (a parameter, a map's parts,
//! a dependency's result) stays on the collection and reaches every element.

use crate::model::Member;
use crate::resolve::Ty;

use super::taint::{TaintSet, join_taint};
use super::value::{MAX_ACCESS_DEPTH, Value};

/// The pseudo-field under which a collection keeps its elements (a name no field can have).
pub const ELEMENTS: &str = "{elements}";

fn elements_member() -> Member {
    Member::Named(ELEMENTS.into())
}

/// The elements of `value`, when it keeps them apart.
pub fn elements(value: &Value) -> Option<&Value> {
    value.fields.get(&elements_member())
}

/// One element of `value`: its elements' structured value when it has one, with every other
/// label the collection carries (as a whole, or in parts that are not its elements).
pub fn element_of(value: &Value) -> Value {
    let ty = match &value.ty {
        Ty::Adt(..) | Ty::Bounds(_) => value.ty.clone(),
        other => other.element(),
    };
    let mut element = elements(value).cloned().unwrap_or_default();
    join_taint(&mut element.taint, &outside_elements(value));
    element.closures.extend(value.all_closures());
    if element.ty.is_unknown() {
        element.ty = ty;
    }
    element
}

/// What a collection carries outside its elements' structure.
pub fn outside_elements(value: &Value) -> TaintSet {
    let mut taint = value.taint.clone();
    for (member, field) in &value.fields {
        if !is_elements(member) {
            join_taint(&mut taint, &field.deep_taint());
        }
    }
    taint
}

/// A sequence whose elements are `element`, carrying `outside` as a whole.
pub fn sequence(mut element: Value, outside: TaintSet, ty: Ty) -> Value {
    // Nested literals (`[[[..]]]`, `vec![vec![..]]`) would otherwise nest as deep as they are
    // written, and every join and copy along them would cost their depth.
    element.limit_depth(MAX_ACCESS_DEPTH);
    let mut value = Value::from_taint(outside);
    value.ty = if sequence_depth(&ty) > MAX_ACCESS_DEPTH { Ty::Unknown } else { ty };
    value.fields.insert(elements_member(), element);
    value
}

pub fn is_elements(member: &Member) -> bool {
    matches!(member, Member::Named(name) if &**name == ELEMENTS)
}

/// How many sequences `ty` nests, counted up to one past `MAX_ACCESS_DEPTH`.
fn sequence_depth(mut ty: &Ty) -> usize {
    let mut depth = 0;
    while let Ty::Seq(inner) = ty {
        depth += 1;
        if depth > MAX_ACCESS_DEPTH {
            break;
        }
        ty = inner;
    }
    depth
}
