//! Sets of labels, each with the first trace that reached it, and how they join.
//!
//! A set is a sorted vector behind an `Arc`: values are copied at every binding, argument and
//! branch of an evaluation, and most copies are never changed, so a copy shares the labels instead
//! of cloning a tree with an allocated access path per label. Joining a set into one that already
//! holds all its labels (each round of a loop or of the fixed point joins the same data again)
//! changes nothing and allocates nothing. A `BTreeMap` was the alternative; cloning and dropping
//! its nodes took a quarter of the flow phase.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::value::{AccessPath, Label, MAX_ACCESS_DEPTH, Trace};
use crate::model::Member;

/// Labels with the first trace that reached each, in label order, each label once.
#[derive(Clone, Debug, Default)]
pub struct TaintSet(Option<Arc<Vec<(Label, Trace)>>>);

impl TaintSet {
    pub fn new() -> TaintSet {
        TaintSet(None)
    }

    /// A set of one label.
    pub fn single(label: Label, trace: Trace) -> TaintSet {
        TaintSet(Some(Arc::new(vec![(label, trace)])))
    }

    /// The same labels, each with the trace `retrace` makes of its own.
    pub fn retraced(&self, retrace: impl Fn(&Trace) -> Trace) -> TaintSet {
        let entries = self.entries().iter().map(|(label, trace)| (label.clone(), retrace(trace)));
        TaintSet::from_sorted(entries.collect())
    }

    pub fn len(&self) -> usize {
        self.entries().len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    /// Labels and traces in label order.
    pub fn iter(&self) -> impl Iterator<Item = (&Label, &Trace)> {
        self.entries().iter().map(|(label, trace)| (label, trace))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Label> {
        self.entries().iter().map(|(label, _)| label)
    }

    pub fn contains_key(&self, label: &Label) -> bool {
        self.position(label).is_ok()
    }

    pub fn get(&self, label: &Label) -> Option<&Trace> {
        let index = self.position(label).ok()?;
        Some(&self.entries()[index].1)
    }

    /// Sets the trace of `label`, replacing the one it had.
    pub fn insert(&mut self, label: Label, trace: Trace) {
        match self.position(&label) {
            Ok(index) => self.entries_mut()[index].1 = trace,
            Err(index) => self.entries_mut().insert(index, (label, trace)),
        }
    }

    /// Adds `label` with `trace` unless the set has it: the first trace that reached a label is
    /// the one a finding shows.
    pub fn insert_if_absent(&mut self, label: Label, trace: impl FnOnce() -> Trace) {
        if let Err(index) = self.position(&label) {
            self.entries_mut().insert(index, (label, trace()));
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Label, &Trace) -> bool) {
        if self.iter().all(|(label, trace)| keep(label, trace)) {
            return;
        }
        let kept: Vec<(Label, Trace)> =
            self.iter().filter(|(label, trace)| keep(label, trace)).map(clone_entry).collect();
        *self = TaintSet::from_sorted(kept);
    }

    /// The labels for which `test` holds, and the others.
    pub fn partition(self, test: impl Fn(&Label) -> bool) -> (TaintSet, TaintSet) {
        let (yes, no): (Vec<_>, Vec<_>) = self.into_iter().partition(|(label, _)| test(label));
        (TaintSet::from_sorted(yes), TaintSet::from_sorted(no))
    }

    /// The set with every label renamed; labels that become equal keep the trace of the first in
    /// label order.
    pub fn relabel(self, rename: impl Fn(Label) -> Label) -> TaintSet {
        let mut renamed = BTreeMap::new();
        for (label, trace) in self {
            renamed.entry(rename(label)).or_insert(trace);
        }
        TaintSet::from_sorted(renamed.into_iter().collect())
    }

    pub fn traces_mut(&mut self) -> impl Iterator<Item = &mut Trace> {
        let entries = self.0.as_mut().map(Arc::make_mut);
        entries.into_iter().flat_map(|entries| entries.iter_mut().map(|(_, trace)| trace))
    }

    fn entries(&self) -> &[(Label, Trace)] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }

    /// The entries to change in place, copied first if another set shares them.
    fn entries_mut(&mut self) -> &mut Vec<(Label, Trace)> {
        Arc::make_mut(self.0.get_or_insert_default())
    }

    fn position(&self, label: &Label) -> Result<usize, usize> {
        self.entries().binary_search_by(|(other, _)| other.cmp(label))
    }

    /// A set of entries already in label order, each label once.
    fn from_sorted(entries: Vec<(Label, Trace)>) -> TaintSet {
        if entries.is_empty() { TaintSet(None) } else { TaintSet(Some(Arc::new(entries))) }
    }

    /// The labels of `from` this set lacks, with their traces, in label order.
    fn missing_from<'a>(&self, from: &'a TaintSet) -> Vec<&'a (Label, Trace)> {
        let mut ours = self.entries().iter().peekable();
        let mut missing = Vec::new();
        for entry in from.entries() {
            while ours.next_if(|(label, _)| *label < entry.0).is_some() {}
            if ours.peek().is_none_or(|(label, _)| *label != entry.0) {
                missing.push(entry);
            }
        }
        missing
    }

    /// Whether the set holds a shorter path of the same parameter that `label`'s path extends, which
    /// carries all that `label` carries.
    fn has_prefix_of(&self, label: &Label) -> bool {
        let Label::Param(param, path) = label else { return false };
        self.keys().any(|held| {
            matches!(held, Label::Param(other, prefix)
                if other == param && prefix.len() < path.len() && path.starts_with(prefix))
        })
    }

    /// This set with `missing` (labels it lacks, in label order) merged in.
    fn merged_with(&self, missing: &[&(Label, Trace)]) -> TaintSet {
        let mut entries = Vec::with_capacity(self.len() + missing.len());
        let mut missing = missing.iter().peekable();
        for entry in self.entries() {
            while let Some(added) = missing.next_if(|(label, _)| *label < entry.0) {
                entries.push((*added).clone());
            }
            entries.push(entry.clone());
        }
        entries.extend(missing.map(|entry| (*entry).clone()));
        TaintSet(Some(Arc::new(entries)))
    }
}

fn clone_entry((label, trace): (&Label, &Trace)) -> (Label, Trace) {
    (label.clone(), trace.clone())
}

/// Like a map's: a label given twice keeps the trace given last.
impl FromIterator<(Label, Trace)> for TaintSet {
    fn from_iter<I: IntoIterator<Item = (Label, Trace)>>(entries: I) -> TaintSet {
        let mut entries: Vec<(Label, Trace)> = entries.into_iter().collect();
        // Most sets are collected from another set's labels, already in order.
        if entries.windows(2).all(|pair| pair[0].0 < pair[1].0) {
            return TaintSet::from_sorted(entries);
        }
        entries.reverse();
        // A stable sort keeps the reversed order among equal labels: the last given comes first.
        entries.sort_by(|(a, _), (b, _)| a.cmp(b));
        entries.dedup_by(|later, earlier| later.0 == earlier.0);
        TaintSet::from_sorted(entries)
    }
}

impl IntoIterator for TaintSet {
    type Item = (Label, Trace);
    type IntoIter = std::vec::IntoIter<(Label, Trace)>;

    fn into_iter(self) -> Self::IntoIter {
        match self.0 {
            None => Vec::new().into_iter(),
            Some(entries) => Arc::unwrap_or_clone(entries).into_iter(),
        }
    }
}

impl<'s> IntoIterator for &'s TaintSet {
    type Item = (&'s Label, &'s Trace);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'s, (Label, Trace)>,
        fn(&'s (Label, Trace)) -> (&'s Label, &'s Trace),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries().iter().map(|(label, trace)| (label, trace))
    }
}

/// Most access paths of one parameter that one taint set names; more are folded into their
/// prefixes, which over-approximates (the whole prefix is carried). Without it, a `self` of
/// unknown type projected through the fields of every candidate impl named thousands of paths.
const MAX_LABELS_PER_PARAM: usize = 32;

thread_local! {
    /// Labels joined on this thread: the measure of work that bounds one evaluation, since
    /// joining taint is what grows with the size of the values an evaluation builds.
    static LABELS_JOINED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Labels joined on this thread so far (see `LABELS_JOINED`).
pub fn labels_joined() -> u64 {
    LABELS_JOINED.with(std::cell::Cell::get)
}

/// Runs `work` without counting what it joins, for work done on behalf of whichever evaluation
/// happens to ask first (merging shared summaries), so that each evaluation's count is the same
/// from run to run.
pub fn uncounted<T>(work: impl FnOnce() -> T) -> T {
    let before = labels_joined();
    let result = work();
    LABELS_JOINED.with(|joined| joined.set(before));
    result
}

/// Adds the labels of `from` that `into` lacks; a label both have keeps the trace of `into`.
pub fn join_taint(into: &mut TaintSet, from: &TaintSet) {
    LABELS_JOINED.with(|joined| joined.set(joined.get() + from.len() as u64));
    if from.is_empty() {
        return;
    }
    if into.is_empty() {
        *into = from.clone();
    } else {
        let shared = matches!((&into.0, &from.0), (Some(a), Some(b)) if Arc::ptr_eq(a, b));
        if shared {
            return;
        }
        let mut missing = into.missing_from(from);
        if into.len() + missing.len() > MAX_LABELS_PER_PARAM {
            // Once a set is widened, joining the same data again would add the deep paths back
            // and widen them away each time: what a prefix already carries adds nothing.
            missing.retain(|(label, _)| !into.has_prefix_of(label));
        }
        if missing.is_empty() {
            return;
        }
        *into = into.merged_with(&missing);
    }
    if into.len() > MAX_LABELS_PER_PARAM && most_paths_of_a_param(into) > MAX_LABELS_PER_PARAM {
        widen_taint(into, MAX_LABELS_PER_PARAM);
    }
}

/// The most labels any one parameter has in `taint`. Labels are in order, so the labels of a
/// parameter are next to each other: one pass counts them, where `widened_depths` would build a
/// map for a set that many annotated fields, or many parameters, made large.
fn most_paths_of_a_param(taint: &TaintSet) -> usize {
    let params = taint.keys().filter_map(|label| match label {
        Label::Param(param, _) => Some(*param),
        Label::Source(_) => None,
    });
    let mut most = 0;
    let mut run: Option<(u16, usize)> = None;
    for param in params {
        let count = match run {
            Some((current, count)) if current == param => count + 1,
            _ => 1,
        };
        run = Some((param, count));
        most = most.max(count);
    }
    most
}

/// Folds the paths of a parameter named more than `max` times into prefixes.
pub(super) fn widen_taint(taint: &mut TaintSet, max: usize) {
    let paths = taint.keys().filter_map(|label| match label {
        Label::Param(param, path) => Some((*param, &path[..])),
        Label::Source(_) => None,
    });
    let depths = widened_depths(max, paths);
    if depths.is_empty() {
        return;
    }
    *taint = std::mem::take(taint).relabel(|label| widen_label(&depths, label));
}

/// For each parameter named by more than `max` paths, the depth its paths are cut to so that at
/// most `max` remain.
pub(super) fn widened_depths<'a>(
    max: usize,
    paths: impl Iterator<Item = (u16, &'a [Member])>,
) -> BTreeMap<u16, usize> {
    let mut by_param: BTreeMap<u16, Vec<&[Member]>> = BTreeMap::new();
    for (param, path) in paths {
        by_param.entry(param).or_default().push(path);
    }
    let mut depths = BTreeMap::new();
    for (param, paths) in by_param {
        if paths.len() <= max {
            continue;
        }
        let fits = |depth: usize| {
            let prefixes: BTreeSet<&[Member]> =
                paths.iter().map(|path| &path[..path.len().min(depth)]).collect();
            prefixes.len() <= max
        };
        let depth = (0..MAX_ACCESS_DEPTH).rev().find(|depth| fits(*depth)).unwrap_or(0);
        depths.insert(param, depth);
    }
    depths
}

pub(super) fn truncate(
    depths: &BTreeMap<u16, usize>,
    param: u16,
    mut path: AccessPath,
) -> AccessPath {
    if let Some(depth) = depths.get(&param) {
        path.truncate(*depth);
    }
    path
}

pub(super) fn widen_label(depths: &BTreeMap<u16, usize>, label: Label) -> Label {
    match label {
        Label::Param(param, path) => match depths.get(&param) {
            Some(depth) if path.len() > *depth => Label::Param(param, path[..*depth].into()),
            _ => Label::Param(param, path),
        },
        source => source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::value::LabelPath;

    fn param(index: u16) -> Label {
        Label::Param(index, LabelPath::default())
    }

    fn set(labels: &[u16]) -> TaintSet {
        labels.iter().map(|index| (param(*index), Trace::default())).collect()
    }

    fn labels(taint: &TaintSet) -> Vec<Label> {
        taint.keys().cloned().collect()
    }

    #[test]
    fn joining_merges_in_label_order() {
        let mut into = set(&[1, 4]);
        join_taint(&mut into, &set(&[0, 2, 4, 5]));
        assert_eq!(labels(&into), [param(0), param(1), param(2), param(4), param(5)]);
    }

    #[test]
    fn joining_what_is_there_shares_and_changes_nothing() {
        let from = set(&[1, 2]);
        let mut into = TaintSet::new();
        join_taint(&mut into, &from);
        assert!(matches!((&into.0, &from.0), (Some(a), Some(b)) if Arc::ptr_eq(a, b)));
        let mut bigger = set(&[0, 1, 2, 3]);
        let before = bigger.0.clone();
        join_taint(&mut bigger, &from);
        assert!(matches!((&bigger.0, &before), (Some(a), Some(b)) if Arc::ptr_eq(a, b)));
    }

    #[test]
    fn a_changed_copy_leaves_the_original_alone() {
        let original = set(&[1]);
        let mut copy = original.clone();
        copy.insert(param(0), Trace::default());
        copy.retain(|label, _| *label != param(1));
        assert_eq!(labels(&original), [param(1)]);
        assert_eq!(labels(&copy), [param(0)]);
    }

    #[test]
    fn collecting_keeps_the_last_trace_of_a_label() {
        use crate::model::{FileId, Span};
        let step = |start| super::super::value::Step {
            span: Span { file: FileId(0), start, end: start + 1 },
            message: "step".into(),
        };
        let first = Trace::start(step(1), false);
        let last = Trace::start(step(2), false);
        let taint: TaintSet = [(param(0), first), (param(0), last)].into_iter().collect();
        assert_eq!(taint.len(), 1);
        assert_eq!(
            taint.get(&param(0)).and_then(Trace::first_span).map(|span| span.start),
            Some(2)
        );
    }

    #[test]
    fn many_paths_of_one_parameter_fold_into_prefixes() {
        let paths = (0..=MAX_LABELS_PER_PARAM as u32).map(|index| {
            let path = vec![Member::Index(0), Member::Index(index)];
            (Label::Param(0, path.into()), Trace::default())
        });
        let mut taint = set(&[1]);
        join_taint(&mut taint, &paths.collect());
        assert_eq!(labels(&taint), [Label::Param(0, vec![Member::Index(0)].into()), param(1)]);
    }
}
