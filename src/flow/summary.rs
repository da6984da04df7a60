//! What a function does with data, seen from its callers.

use std::collections::BTreeMap;

use crate::model::{FnId, Span};

use super::value::{AccessPath, Cell, Label, TaintSet, Trace, Value};

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
    sink_reaches: Vec<(Label, SinkSite)>,
    reads: Vec<(u16, AccessPath)>,
    writes: Vec<(u16, AccessPath, Vec<Label>)>,
    param_calls: Vec<ParamCallShape>,
}

/// A called parameter, an argument position, and the labels that argument carries.
type ParamCallShape = (u16, usize, Vec<(AccessPath, Label)>);

impl Summary {
    pub fn shape(&self) -> Shape {
        let mut ret = Vec::new();
        self.ret.shape(&mut ret, &mut Vec::new());
        ret.sort();
        Shape {
            ret,
            ret_cell: self.ret.cell,
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
            super::value::join_taint(self.writes.entry(key.clone()).or_default(), taint);
        }
        for (param, args) in &older.param_calls {
            join_arguments(self.param_calls.entry(*param).or_default(), args);
        }
    }
}
