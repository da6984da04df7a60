//! What a function does with data, seen from its callers.

use std::collections::BTreeMap;

use crate::model::{FnId, Span, StaticId};

use super::taint::{TaintSet, join_taint, truncate, widen_label, widen_taint, widened_depths};
use super::value::{AccessPath, Cell, Label, MAX_ACCESS_DEPTH, Trace, Value};

/// A sink call inside a function (or below it) that data from a parameter reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SinkSite {
    /// The primary location: the call, or the macro invocation that produced it.
    pub span: Span,
    pub sink: FnId,
    /// The function the call is written in.
    pub caller: FnId,
    /// The call reaches this sink only on an assumption: through a trait object or generic, or by
    /// name with a receiver of unknown type. Then it is one of `candidates` possible callees.
    pub assumed: Option<u16>,
    /// For a call dispatched on a receiver that is one of the caller's parameters (`exporter` in
    /// `fn run<E: Exporter>(exporter: &E)`), that parameter: a caller that passes a value of a
    /// known type keeps only the sinks of that type's impl.
    pub dispatch_param: Option<u16>,
}

#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// The returned value, in terms of parameters (and of sources read inside).
    pub ret: Value,
    /// Parameter data that reaches a sink call.
    pub sink_reaches: BTreeMap<(Label, SinkSite), Trace>,
    /// Parts of parameters the function consumes: passes outside the workspace, to a sink, or, for a
    /// sink, anywhere at all. A sink's callers use this to see which fields of an argument it reads.
    pub reads: BTreeMap<(u16, AccessPath), Trace>,
    /// Data written into parameters through `&mut` (out-parameters and `self` fields).
    pub writes: BTreeMap<(u16, AccessPath), TaintSet>,
    /// Parameters the function calls (closures and function values), with what each argument
    /// position is given, joined over every call.
    pub param_calls: BTreeMap<u16, Vec<Value>>,
    /// Parameter data written into statics. A static holds only annotated data: what a function
    /// stores there from its parameters becomes annotated data at the call sites that pass it,
    /// where the summary is applied; parameter labels kept in the static itself would be read by
    /// other functions as their own parameters.
    pub static_writes: BTreeMap<StaticId, TaintSet>,
}

/// Most access paths naming one parameter in one part of a summary.
const MAX_PATHS_PER_PARAM: usize = 16;
/// Most field values of a value in a summary (its result, or what a called parameter is given);
/// more fold into their parents, which over-approximates like a shorter access path.
const MAX_FIELDS_PER_VALUE: usize = 128;

fn keep_first<K: Ord, V>(mut map: BTreeMap<K, V>, (key, value): (K, V)) -> BTreeMap<K, V> {
    map.entry(key).or_insert(value);
    map
}

/// Joins argument values position by position.
pub fn join_arguments(into: &mut Vec<Value>, from: &[Value]) {
    for (position, value) in from.iter().enumerate() {
        match into.get_mut(position) {
            Some(existing) => existing.join(value),
            None => into.push(value.clone()),
        }
    }
}

/// The labels of a summary without traces: equal shapes mean the fixed point is reached.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    ret: Vec<(AccessPath, Label)>,
    ret_cell: Option<Cell>,
    ret_closures: Vec<(AccessPath, Span)>,
    sink_reaches: Vec<(Label, SinkSite)>,
    reads: Vec<(u16, AccessPath)>,
    writes: Vec<(u16, AccessPath, Vec<Label>)>,
    param_calls: Vec<ParamCallShape>,
    static_writes: Vec<(StaticId, Vec<Label>)>,
}

/// A called parameter, an argument position, and the labels that argument carries.
type ParamCallShape = (u16, usize, Vec<(AccessPath, Label)>);

impl Shape {
    /// The function returns annotated data, writes it through a parameter or passes it to a
    /// parameter it calls.
    pub fn carries_annotated_data(&self) -> bool {
        let annotated = |label: &Label| matches!(label, Label::Source(_));
        let in_values = |shape: &[(AccessPath, Label)]| shape.iter().any(|(_, l)| annotated(l));
        in_values(&self.ret)
            || self.writes.iter().any(|(_, _, labels)| labels.iter().any(annotated))
            || self.param_calls.iter().any(|(_, _, shape)| in_values(shape))
    }
}

impl Summary {
    pub fn shape(&self) -> Shape {
        let mut ret = Vec::new();
        self.ret.shape(&mut ret, &mut Vec::new());
        ret.sort();
        let mut ret_closures = Vec::new();
        self.ret.closure_shape(&mut ret_closures, &mut Vec::new());
        ret_closures.sort();
        Shape {
            ret,
            ret_cell: self.ret.cell,
            ret_closures,
            sink_reaches: self.sink_reaches.keys().cloned().collect(),
            reads: self.reads.keys().cloned().collect(),
            writes: self
                .writes
                .iter()
                .map(|((param, path), taint)| {
                    (*param, path.clone(), taint.keys().cloned().collect())
                })
                .collect(),
            param_calls: self
                .param_calls
                .iter()
                .flat_map(|(param, args)| {
                    args.iter().enumerate().map(move |(position, value)| {
                        let mut shape = Vec::new();
                        value.shape(&mut shape, &mut Vec::new());
                        (*param, position, shape)
                    })
                })
                .collect(),
            static_writes: self
                .static_writes
                .iter()
                .map(|(id, taint)| (*id, taint.keys().cloned().collect()))
                .collect(),
        }
    }

    /// Bounds what the summary holds, so that applying it costs little whatever the function does:
    /// values nest at most `MAX_ACCESS_DEPTH` deep (see [`Value::limit_depth`]) and hold at most
    /// `MAX_FIELDS_PER_VALUE` field values, and a parameter is
    /// named by at most `MAX_PATHS_PER_PARAM` access paths in each part (more are folded into
    /// their prefixes, which over-approximates: a caller then sees the whole prefix read).
    pub fn bound(&mut self) {
        self.ret.limit_depth(MAX_ACCESS_DEPTH);
        self.ret.limit_fields(MAX_FIELDS_PER_VALUE);
        for value in self.param_calls.values_mut().flatten() {
            value.limit_depth(MAX_ACCESS_DEPTH);
            value.limit_fields(MAX_FIELDS_PER_VALUE);
        }
        let depths = widened_depths(
            MAX_PATHS_PER_PARAM,
            self.reads.keys().map(|(param, path)| (*param, path.as_slice())),
        );
        if !depths.is_empty() {
            self.reads = std::mem::take(&mut self.reads)
                .into_iter()
                .map(|((param, path), trace)| ((param, truncate(&depths, param, path)), trace))
                .fold(BTreeMap::new(), keep_first);
        }
        let depths = widened_depths(
            MAX_PATHS_PER_PARAM,
            self.writes.keys().map(|(param, path)| (*param, path.as_slice())),
        );
        if !depths.is_empty() {
            let mut writes: BTreeMap<(u16, AccessPath), TaintSet> = BTreeMap::new();
            for ((param, path), taint) in std::mem::take(&mut self.writes) {
                let key = (param, truncate(&depths, param, path));
                join_taint(writes.entry(key).or_default(), &taint);
            }
            self.writes = writes;
        }
        let depths = widened_depths(
            MAX_PATHS_PER_PARAM,
            self.sink_reaches.keys().filter_map(|(label, _)| match label {
                Label::Param(param, path) => Some((*param, &path[..])),
                Label::Source(_) => None,
            }),
        );
        if !depths.is_empty() {
            self.sink_reaches = std::mem::take(&mut self.sink_reaches)
                .into_iter()
                .map(|((label, site), trace)| ((widen_label(&depths, label), site), trace))
                .fold(BTreeMap::new(), keep_first);
        }
        for taint in self.static_writes.values_mut() {
            widen_taint(taint, MAX_PATHS_PER_PARAM);
        }
        let mut labels = Vec::new();
        self.ret.shape(&mut labels, &mut Vec::new());
        let depths = widened_depths(
            MAX_PATHS_PER_PARAM,
            labels.iter().filter_map(|(_, label)| match label {
                Label::Param(param, path) => Some((*param, &path[..])),
                Label::Source(_) => None,
            }),
        );
        if !depths.is_empty() {
            self.ret.map_labels(&|label| widen_label(&depths, label));
        }
    }

    /// Coarsens the summary of a function whose fixed point is slow to come: every parameter path
    /// is cut to `depth` fields and values to as many levels. Functions that call each
    /// other through dispatch by name (every `poll`, every `visit_*`) otherwise grew by a few paths
    /// per round until the work budget ran out; cut paths leave few summaries to grow into, and
    /// read more of each argument, never less.
    pub fn widen(&mut self, depth: usize) {
        let cut = |mut path: AccessPath| {
            path.truncate(depth);
            path
        };
        let shallow = |label: Label| match label {
            Label::Param(param, path) if path.len() > depth => {
                Label::Param(param, path[..depth].into())
            }
            label => label,
        };
        self.ret.limit_depth(depth);
        self.ret.map_labels(&shallow);
        for value in self.param_calls.values_mut().flatten() {
            value.limit_depth(depth);
            value.map_labels(&shallow);
        }
        self.reads = std::mem::take(&mut self.reads)
            .into_iter()
            .map(|((param, path), trace)| ((param, cut(path)), trace))
            .fold(BTreeMap::new(), keep_first);
        let mut writes: BTreeMap<(u16, AccessPath), TaintSet> = BTreeMap::new();
        for ((param, path), taint) in std::mem::take(&mut self.writes) {
            let widened = writes.entry((param, cut(path))).or_default();
            for (label, trace) in taint {
                widened.insert_if_absent(shallow(label), || trace);
            }
        }
        self.writes = writes;
        self.sink_reaches = std::mem::take(&mut self.sink_reaches)
            .into_iter()
            .map(|((label, site), trace)| ((shallow(label), site), trace))
            .fold(BTreeMap::new(), keep_first);
        for taint in self.static_writes.values_mut() {
            *taint = std::mem::take(taint).relabel(shallow);
        }
    }

    /// Keeps everything of `older` too, so summaries only grow and iteration terminates.
    pub fn absorb(&mut self, older: &Summary) {
        self.ret.join(&older.ret);
        for (key, trace) in &older.sink_reaches {
            self.sink_reaches.entry(key.clone()).or_insert_with(|| trace.clone());
        }
        for (key, trace) in &older.reads {
            self.reads.entry(key.clone()).or_insert_with(|| trace.clone());
        }
        for (key, taint) in &older.writes {
            join_taint(self.writes.entry(key.clone()).or_default(), taint);
        }
        for (param, args) in &older.param_calls {
            join_arguments(self.param_calls.entry(*param).or_default(), args);
        }
        for (id, taint) in &older.static_writes {
            join_taint(self.static_writes.entry(*id).or_default(), taint);
        }
    }
}
