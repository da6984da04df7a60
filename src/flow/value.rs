//! Abstract values: which data a value may carry, field by field, and how it got there.
//!
//! A value carries labels. `Source` labels name an annotated field the data was read from;
//! `Param` labels name a part of the current function's parameters, so that a function's summary
//! can be applied at each call site by substituting the arguments. Each label keeps the first trace
//! that reached it: the ordered steps a finding shows as its path.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::taint::{TaintSet, join_taint};

use crate::model::{AdtId, Member, Span, StaticId};
use crate::resolve::Ty;

/// An annotated field: the struct or enum, the variant (0 for a struct), the field.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldKey {
    pub adt: AdtId,
    pub variant: u32,
    pub member: Member,
}

/// A chain of field projections from a parameter.
pub type AccessPath = Vec<Member>;

/// Projections deeper than this are folded into their prefix, which keeps recursive types finite.
pub const MAX_ACCESS_DEPTH: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Source(FieldKey),
    Param(u16, LabelPath),
}

/// The access path of a label, shared: labels are copied at every join, and copying a vector of
/// field names for each was an allocation per label. Ordered and hashed by its members, like the
/// vector; two copies of one path compare equal without looking at them.
#[derive(Clone, Debug, Default, Eq)]
pub struct LabelPath(Arc<[Member]>);

impl std::ops::Deref for LabelPath {
    type Target = [Member];

    fn deref(&self) -> &[Member] {
        &self.0
    }
}

impl From<AccessPath> for LabelPath {
    fn from(path: AccessPath) -> LabelPath {
        LabelPath(path.into())
    }
}

impl From<&[Member]> for LabelPath {
    fn from(path: &[Member]) -> LabelPath {
        LabelPath(path.into())
    }
}

impl Ord for LabelPath {
    fn cmp(&self, other: &LabelPath) -> std::cmp::Ordering {
        if Arc::ptr_eq(&self.0, &other.0) {
            return std::cmp::Ordering::Equal;
        }
        self.0.cmp(&other.0)
    }
}

impl PartialOrd for LabelPath {
    fn partial_cmp(&self, other: &LabelPath) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for LabelPath {
    fn eq(&self, other: &LabelPath) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl std::hash::Hash for LabelPath {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

/// One step of a path from an annotated field to a sink. The message is shared: a step is pushed
/// onto the trace of every label of a value, and copying its text for each was an allocation per
/// label at every call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub span: Span,
    pub message: Arc<str>,
}

#[derive(Debug)]
enum TraceNode {
    /// A step after the steps of `previous`.
    Step { step: Step, previous: Option<Arc<TraceInner>> },
    /// All steps of `first`, then all steps of `then`: composing traces at calls costs O(1).
    Join { first: Arc<TraceInner>, then: Arc<TraceInner> },
}

#[derive(Debug)]
struct TraceInner {
    node: TraceNode,
    length: u32,
    /// The trace started at a read of a field of a parameter.
    from_parameter: bool,
}

/// Steps in order, shared between values: pushing and joining are O(1) and clones are cheap.
#[derive(Clone, Debug, Default)]
pub struct Trace(Option<Arc<TraceInner>>);

/// Traces longer than this keep their first steps and the sink; the middle is left out.
const MAX_TRACE_STEPS: u32 = 48;
/// A composed trace holds at most this many steps, which bounds the depth of any walk over it.
const MAX_JOINED_STEPS: u32 = 4 * MAX_TRACE_STEPS;

impl Trace {
    pub fn start(step: Step, from_parameter: bool) -> Trace {
        let node = TraceNode::Step { step, previous: None };
        Trace(Some(Arc::new(TraceInner { node, length: 1, from_parameter })))
    }

    pub fn push(&self, step: Step) -> Trace {
        let length = self.len() + 1;
        if length > MAX_TRACE_STEPS {
            return self.clone();
        }
        let node = TraceNode::Step { step, previous: self.0.clone() };
        Trace(Some(Arc::new(TraceInner { node, length, from_parameter: self.from_parameter() })))
    }

    /// This trace followed by every step of `later`.
    pub fn then(&self, later: &Trace) -> Trace {
        match (&self.0, &later.0) {
            (None, _) => later.clone(),
            (_, None) => self.clone(),
            (Some(first), Some(then)) => {
                let length = first.length + then.length;
                if first.length >= MAX_TRACE_STEPS || length > MAX_JOINED_STEPS {
                    return self.clone();
                }
                let from_parameter = first.from_parameter;
                let node = TraceNode::Join { first: first.clone(), then: then.clone() };
                Trace(Some(Arc::new(TraceInner { node, length, from_parameter })))
            }
        }
    }

    pub fn len(&self) -> u32 {
        self.0.as_ref().map_or(0, |inner| inner.length)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    pub fn from_parameter(&self) -> bool {
        self.0.as_ref().is_some_and(|inner| inner.from_parameter)
    }

    /// The steps in order, at most `MAX_TRACE_STEPS` of them (the first ones).
    pub fn steps(&self) -> Vec<Step> {
        let mut out = Vec::new();
        if let Some(inner) = &self.0 {
            collect_steps(inner, &mut out);
        }
        out
    }

    pub fn first_span(&self) -> Option<Span> {
        let mut current = self.0.as_deref()?;
        loop {
            match &current.node {
                TraceNode::Join { first, .. } => current = first,
                TraceNode::Step { step, previous } => match previous {
                    Some(previous) => current = previous,
                    None => return Some(step.span),
                },
            }
        }
    }
}

/// Appends the steps of a trace in order. Recursion is bounded: a trace holds at most
/// `MAX_JOINED_STEPS` steps, so no chain is longer.
fn collect_steps(inner: &TraceInner, out: &mut Vec<Step>) {
    if out.len() >= MAX_TRACE_STEPS as usize {
        return;
    }
    match &inner.node {
        TraceNode::Join { first, then } => {
            collect_steps(first, out);
            collect_steps(then, out);
        }
        TraceNode::Step { step, previous } => {
            if let Some(previous) = previous {
                collect_steps(previous, out);
            }
            if out.len() < MAX_TRACE_STEPS as usize {
                out.push(step.clone());
            }
        }
    }
}

/// Most closures one value names; a value that may be any of more (a table of handlers filled in a
/// loop) keeps the first ones by position in the source.
const MAX_CLOSURES_PER_VALUE: usize = 16;

/// Closures by the span of their expression. Boxed, since most values are not closures: an empty
/// set costs one word in every value instead of three.
#[derive(Clone, Debug, Default)]
#[expect(
    clippy::box_collection,
    reason = "an empty set must cost one word, not a `BTreeSet`'s three"
)]
pub struct ClosureSet(Option<Box<BTreeSet<Span>>>);

impl ClosureSet {
    pub fn insert(&mut self, span: Span) {
        self.0.get_or_insert_default().insert(span);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |set| set.len())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Span> {
        self.0.iter().flat_map(|set| set.iter())
    }
}

impl<'s> IntoIterator for &'s ClosureSet {
    type Item = &'s Span;
    type IntoIter = Box<dyn Iterator<Item = &'s Span> + 's>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl Extend<Span> for ClosureSet {
    fn extend<I: IntoIterator<Item = Span>>(&mut self, spans: I) {
        for span in spans {
            self.insert(span);
        }
    }
}

impl FromIterator<Span> for ClosureSet {
    fn from_iter<I: IntoIterator<Item = Span>>(spans: I) -> ClosureSet {
        let mut set = ClosureSet::default();
        set.extend(spans);
        set
    }
}

/// Shared storage behind a value: every copy of an `Rc`, an `Arc`, a channel's two ends or a
/// static sees what is written through any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cell {
    /// Created in the function being evaluated (numbered per evaluation).
    Local(u32),
    Static(StaticId),
}

/// What the analysis knows of one value.
#[derive(Clone, Debug, Default)]
pub struct Value {
    /// Data carried by the whole value (and so by every part of it).
    pub taint: TaintSet,
    /// Data carried by individual fields, for struct and tuple values built or updated in place.
    pub fields: BTreeMap<Member, Value>,
    pub ty: Ty,
    /// The shared storage this value points to, if any.
    pub cell: Option<Cell>,
    /// The closures this value may be, by the span of their expression: calling the value runs
    /// their bodies with the call's arguments, wherever the value has travelled to.
    pub closures: ClosureSet,
    /// As a field: it was assigned in place (`copy.phone = String::new()`), so what it holds is
    /// exactly what is tracked, not the annotated data its declaration implies.
    pub overwritten: bool,
}

impl Value {
    pub fn typed(ty: Ty) -> Value {
        Value { ty, ..Value::default() }
    }

    /// A value that holds only the closure written at `span`.
    pub fn closure_at(span: Span) -> Value {
        let mut value = Value::default();
        value.closures.insert(span);
        value
    }

    pub fn from_taint(taint: TaintSet) -> Value {
        Value { taint, ..Value::default() }
    }

    pub fn is_clean(&self) -> bool {
        self.taint.is_empty() && self.fields.values().all(Value::is_clean)
    }

    /// Joins another possible value into this one (both may happen at run time).
    pub fn join(&mut self, other: &Value) {
        join_taint(&mut self.taint, &other.taint);
        for (member, value) in &other.fields {
            self.fields.entry(member.clone()).or_default().join(value);
        }
        if self.ty.is_unknown() {
            self.ty = other.ty.clone();
        }
        if self.cell.is_none() {
            self.cell = other.cell;
        }
        for closure in &other.closures {
            if self.closures.len() >= MAX_CLOSURES_PER_VALUE {
                break;
            }
            self.closures.insert(*closure);
        }
        // Overwritten only if overwritten in every joined possibility.
        self.overwritten &= other.overwritten;
    }

    /// Every label of the value and of its fields, for uses that consume the whole value.
    pub fn deep_taint(&self) -> TaintSet {
        let mut taint = self.taint.clone();
        for value in self.fields.values() {
            join_taint(&mut taint, &value.deep_taint());
        }
        taint
    }

    /// Adds labels at `path` without removing what was there (a weak update).
    pub fn add_at(&mut self, path: &[Member], taint: &TaintSet) {
        match path.split_first() {
            None => join_taint(&mut self.taint, taint),
            Some((member, rest)) => {
                self.fields.entry(member.clone()).or_default().add_at(rest, taint)
            }
        }
    }

    /// Joins `value` at `path`, keeping its fields apart (a weak update, like [`Self::add_at`]).
    pub fn join_at(&mut self, path: &[Member], value: &Value) {
        match path.split_first() {
            None => {
                let overwritten = self.overwritten;
                self.join(value);
                self.overwritten = overwritten;
            }
            Some((member, rest)) => {
                self.fields.entry(member.clone()).or_default().join_at(rest, value)
            }
        }
    }

    /// Replaces the value at `path` (a strong update: an overwrite kills the old data there).
    pub fn set_at(&mut self, path: &[Member], value: Value) {
        match path.split_first() {
            None => *self = value,
            Some((member, rest)) => {
                self.fields.entry(member.clone()).or_default().set_at(rest, value)
            }
        }
    }

    /// Folds the fields below `depth` into their ancestor at that depth: a value built by recursion
    /// (`from` calling `into` calling `from`) would otherwise nest one level deeper each round.
    pub fn limit_depth(&mut self, depth: usize) {
        if depth == 0 {
            let fields = std::mem::take(&mut self.fields);
            for value in fields.values() {
                join_taint(&mut self.taint, &value.deep_taint());
                self.closures.extend(value.all_closures());
            }
            return;
        }
        for value in self.fields.values_mut() {
            value.limit_depth(depth - 1);
        }
    }

    /// Folds fields into their ancestors, the deepest level first, until the value holds at most
    /// `max` field values. Depth alone does not bound a value: a result of unknown type projected
    /// through the fields of many candidate types held tens of thousands of them, and every caller
    /// paid for them at every call.
    pub fn limit_fields(&mut self, max: usize) {
        let mut depth = MAX_ACCESS_DEPTH;
        while depth > 0 && self.count_fields(depth) > max {
            depth -= 1;
        }
        self.limit_depth(depth);
    }

    /// The field values at most `depth` levels down.
    fn count_fields(&self, depth: usize) -> usize {
        if depth == 0 {
            return 0;
        }
        self.fields.values().map(|value| 1 + value.count_fields(depth - 1)).sum()
    }

    /// The closures of the value and of its fields.
    pub fn all_closures(&self) -> Vec<Span> {
        let mut closures = Vec::new();
        self.closure_shape(&mut closures, &mut Vec::new());
        closures.into_iter().map(|(_, span)| span).collect()
    }

    /// The closures of the value and of its fields, with where each is held, for fixed-point
    /// checks: a summary that starts returning a closure has changed.
    pub fn closure_shape(&self, out: &mut Vec<(AccessPath, Span)>, prefix: &mut AccessPath) {
        out.extend(self.closures.iter().map(|span| (prefix.clone(), *span)));
        for (member, value) in &self.fields {
            prefix.push(member.clone());
            value.closure_shape(out, prefix);
            prefix.pop();
        }
    }

    /// Renames every label of the value and of its fields; labels that become equal keep the
    /// first trace.
    pub fn map_labels(&mut self, rename: &dyn Fn(Label) -> Label) {
        self.taint = std::mem::take(&mut self.taint).relabel(rename);
        for value in self.fields.values_mut() {
            value.map_labels(rename);
        }
    }

    /// How many labels the value and its fields carry.
    pub fn label_count(&self) -> usize {
        self.taint.len() + self.fields.values().map(Value::label_count).sum::<usize>()
    }

    /// A comparable summary of the labels, ignoring traces, for fixed-point checks.
    pub fn shape(&self, out: &mut Vec<(AccessPath, Label)>, prefix: &mut AccessPath) {
        for label in self.taint.keys() {
            out.push((prefix.clone(), label.clone()));
        }
        for (member, value) in &self.fields {
            prefix.push(member.clone());
            value.shape(out, prefix);
            prefix.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FileId;

    fn step(start: u32) -> Step {
        Step {
            span: Span { file: FileId(0), start, end: start + 1 },
            message: format!("step {start}").into(),
        }
    }

    #[test]
    fn traces_keep_order_and_compose() {
        let first = Trace::start(step(1), false).push(step(2));
        let later = Trace::start(step(3), true);
        let steps: Vec<u32> = first.then(&later).steps().iter().map(|s| s.span.start).collect();
        assert_eq!(steps, [1, 2, 3]);
        assert!(!first.then(&later).from_parameter());
    }

    #[test]
    fn strong_update_kills_and_weak_update_keeps() {
        let label = Label::Param(0, LabelPath::default());
        let taint: TaintSet = [(label.clone(), Trace::default())].into_iter().collect();
        let mut value = Value::default();
        let path = [Member::Named("phone".into())];
        value.add_at(&path, &taint);
        assert!(!value.is_clean());
        value.set_at(&path, Value::default());
        assert!(value.is_clean());
    }

    #[test]
    fn deep_fields_fold_into_their_ancestor() {
        let label = Label::Param(0, LabelPath::default());
        let taint: TaintSet = [(label.clone(), Trace::default())].into_iter().collect();
        let mut value = Value::default();
        let path = [Member::Index(0), Member::Index(1), Member::Index(2)];
        value.add_at(&path, &taint);
        value.limit_depth(1);
        let first = &value.fields[&Member::Index(0)];
        assert!(first.fields.is_empty());
        assert!(first.taint.contains_key(&label));
    }

    #[test]
    fn broad_values_fold_their_deepest_level_first() {
        let label = Label::Param(0, LabelPath::default());
        let taint: TaintSet = [(label.clone(), Trace::default())].into_iter().collect();
        let mut value = Value::default();
        for outer in 0..4 {
            for inner in 0..4 {
                value.add_at(&[Member::Index(outer), Member::Index(inner)], &taint);
            }
        }
        value.limit_fields(8);
        assert_eq!(value.fields.len(), 4);
        assert!(value.fields.values().all(|field| field.fields.is_empty()));
        assert!(value.fields.values().all(|field| field.taint.contains_key(&label)));
        value.limit_fields(2);
        assert!(value.fields.is_empty());
        assert!(value.taint.contains_key(&label));
    }
}
