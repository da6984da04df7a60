//! The abstract interpreter: evaluates one function body over abstract values.
//!
//! Straight-line code is evaluated in order, so an overwrite kills the old value; branches are
//! evaluated separately and joined; loop bodies run until their locals stop changing (at most a few
//! rounds). Calls into the workspace apply the callee's current summary; calls outside it follow
//! the `std_model` classes. The result is this function's new summary and the flows it completes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::body::{
    Block, Expr, ExprKind, MacroCall, MacroKind, MethodCall, PassStep, Pat, Stmt,
};
use crate::model::types::{PathRef, TypeRef};
use crate::model::{AdtId, FnId, Member, Name, Span, StaticId};
use crate::resolve::{Dispatch, Resolver, Ty, ValueDef};

use super::elements::{ELEMENTS, element_of, elements, is_elements, outside_elements, sequence};
use super::std_model::{self, MethodClass};
use super::summary::{SinkSite, Summary};
use super::taint::{TaintSet, join_taint, labels_joined};
use super::value::{
    AccessPath, Cell, FieldKey, Label, LabelPath, MAX_ACCESS_DEPTH, Step, Trace, Value,
};
use super::{Analysis, Coverage, Flow, FlowKind, SharedField};

/// Bounds that keep evaluation finite on adversarial input.
const LOOP_ROUNDS: usize = 3;
const MAX_MACRO_DEPTH: usize = 8;
/// Most expansions of workspace macros in one evaluation. A macro whose invocation matches none of
/// its rules by its leading tokens expands every rule, so a recursive macro of a few rules expanded
/// rules to the power of its depth at each invocation: two thirds of rust-analyzer's flow phase.
/// Past the bound an invocation passes its arguments' data on, as at the depth bound.
const MAX_MACRO_EXPANSIONS: usize = 256;
const MAX_IMPLIED_DEPTH: usize = 3;
const CELL_ROUNDS: usize = 3;
/// A call dispatched by assumption (through a trait object, a generic, or by name on a receiver
/// of unknown type) to more candidates than this applies their merged summary once instead of
/// each summary in turn. Every `.poll(cx)` of an async code base reaches every `poll` of the
/// workspace, and applying hundreds of summaries at each such call made tokio take minutes.
const MAX_SEPARATE_CANDIDATES: usize = 8;
/// Work one evaluation of a function may do (see `Evaluator::spend`) before it stops and the
/// function is reported as cut short. It bounds the time any function can take, whatever the
/// values its code builds.
const MAX_WORK_PER_EVALUATION: u64 = 2_000_000;

/// Everything one evaluation of a function produced.
#[derive(Default)]
pub struct Outcome {
    pub summary: Summary,
    pub flows: Vec<Flow>,
    /// Annotated data a sink consumes in its own body: (field, trace from the read).
    pub sink_uses: Vec<(FieldKey, Trace)>,
    pub callees: BTreeSet<FnId>,
    pub sinks_called: BTreeSet<FnId>,
    pub statics_read: BTreeSet<StaticId>,
    pub statics_written: Vec<(StaticId, TaintSet)>,
    /// Closures stored into a static (`HOOK.set(Box::new(..))`).
    pub static_closures: Vec<(StaticId, Vec<Span>)>,
    /// Annotated data stored into a field of a struct received as a parameter.
    pub fields_written: Vec<(SharedField, Value)>,
    pub fields_read: BTreeSet<SharedField>,
    /// The evaluation met annotated data: it read an annotated field, or a static, a shared field
    /// or a callee's result that holds such data.
    pub saw_annotated: bool,
    /// What the last round of evaluation could and could not see.
    pub coverage: Coverage,
    /// The evaluation stopped at `MAX_WORK_PER_EVALUATION`: what it found is incomplete.
    pub exhausted: bool,
    /// The work the evaluation did (see `Evaluator::spend`).
    pub work: u64,
}

#[derive(Clone, Default)]
struct Env {
    frames: Vec<Vec<(Name, Value)>>,
}

impl Env {
    fn push(&mut self) {
        self.frames.push(Vec::new());
    }

    fn pop(&mut self) {
        self.frames.pop();
    }

    fn declare(&mut self, name: Name, value: Value) {
        if let Some(frame) = self.frames.last_mut() {
            frame.push((name, value));
        }
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.frames
            .iter()
            .rev()
            .flat_map(|frame| frame.iter().rev())
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v)
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.frames
            .iter_mut()
            .rev()
            .flat_map(|frame| frame.iter_mut().rev())
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v)
    }

    /// Joins the locals of another path through the code into this one.
    fn join(&mut self, other: &Env) {
        for (frame, other_frame) in self.frames.iter_mut().zip(&other.frames) {
            for (index, (name, value)) in other_frame.iter().enumerate() {
                match frame.get_mut(index) {
                    Some((own_name, own)) if own_name == name => own.join(value),
                    _ => frame.push((name.clone(), value.clone())),
                }
            }
        }
    }

    /// The labels the locals carry, counted per field: after `join`, the locals hold at least
    /// what they held before, so an equal count means nothing changed. Comparing the labels
    /// themselves allocated a copy of every access path each round of every loop.
    fn label_count(&self) -> usize {
        self.frames.iter().flatten().map(|(_, value)| value.label_count()).sum()
    }
}

/// How much of a value a consumer reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Whole {
    /// What the value carries: its labels and its fields' labels.
    Carried,
    /// Also every annotated field its type has.
    Everything,
    /// Also the fields its `Debug` and `Display` print: those a hand-written impl reads, or every
    /// annotated field when `Debug` is derived.
    Formatted,
    /// Also the fields its `Display` prints (`to_string()`): those its impl reads, or every
    /// annotated field when the workspace has no `Display` impl for it (a derive macro's).
    Displayed,
    /// Also every annotated field, except those marked `#[serde(skip)]`.
    Serialized,
}

/// A summary to apply at a call site, and the callee it is applied as (whose parameter types
/// complete arguments of unknown type, and whose name the path shows).
struct Applied<'s> {
    callee: FnId,
    summary: &'s Summary,
}

/// The arguments of the call being applied, projected along parameter paths, and all the data
/// each projection carries (with the step into the callee): a summary names the same paths in its
/// return value, reads, writes and sink reaches.
#[derive(Default)]
struct Projections {
    values: HashMap<(u16, AccessPath), Value>,
    taints: HashMap<(u16, LabelPath), TaintSet>,
}

/// Where an assignment or a mutating call writes.
#[derive(Clone)]
enum PlaceRoot {
    Local(Name),
    Static(StaticId),
}

struct Place {
    root: PlaceRoot,
    path: AccessPath,
    /// False when the write may leave the old value in place (an element, through a pointer).
    strong: bool,
}

pub struct Evaluator<'a, 'r, 'p> {
    analysis: &'a Analysis<'r, 'p>,
    function: FnId,
    /// The function whose scope names resolve in: `function`, or the function a closure being
    /// called was written in.
    context_function: FnId,
    /// Closures whose bodies are being evaluated for a call through a closure value.
    running_closures: Vec<Span>,
    is_sink: bool,
    env: Env,
    ret: Value,
    macro_site: Option<Span>,
    macro_depth: usize,
    /// Workspace macro expansions so far in this evaluation (see `MAX_MACRO_EXPANSIONS`).
    macro_expansions: usize,
    /// True while parameters are bound at entry, which is not a use of their data.
    binding_parameters: bool,
    /// What was written into each local cell (see [`Cell`]), with its structure (an enum sent
    /// through a channel keeps its variants apart).
    cells: Vec<Value>,
    cell_sites: BTreeMap<Span, u32>,
    /// See [`Projections`].
    projections: Projections,
    /// Work done so far, in expressions evaluated and summary entries applied.
    work: u64,
    /// `labels_joined()` when the evaluation started.
    joined_before: u64,
    out: Outcome,
}

impl<'a, 'r, 'p> Evaluator<'a, 'r, 'p> {
    pub fn run(analysis: &'a Analysis<'r, 'p>, function: FnId) -> Outcome {
        let mut evaluator = Evaluator {
            analysis,
            function,
            context_function: function,
            running_closures: Vec::new(),
            is_sink: analysis.is_sink(function),
            env: Env::default(),
            ret: Value::default(),
            macro_site: None,
            macro_depth: 0,
            macro_expansions: 0,
            binding_parameters: false,
            cells: Vec::new(),
            cell_sites: BTreeMap::new(),
            projections: Projections::default(),
            work: 0,
            joined_before: labels_joined(),
            out: Outcome::default(),
        };
        evaluator.evaluate_body();
        evaluator.out.work = evaluator.work + labels_joined() - evaluator.joined_before;
        evaluator.out
    }

    fn evaluate_body(&mut self) {
        let data = self.analysis.program().function(self.function);
        let Some(body) = &data.body else { return };
        // Cells are shared by code that runs in any order (a worker spawned before the sends that
        // feed it), so the body is evaluated again while what the cells hold keeps growing.
        for _ in 0..CELL_ROUNDS {
            let cells_before: Vec<usize> = self.cells.iter().map(Value::label_count).collect();
            self.out.coverage = Coverage::default();
            self.env = Env::default();
            self.env.push();
            self.binding_parameters = true;
            let param_names = self.bind_parameters();
            self.binding_parameters = false;
            let tail = self.block(body);
            self.ret.join(&tail);
            let ret = std::mem::take(&mut self.ret);
            if self.is_sink {
                self.consume(&ret, Whole::Carried);
            }
            self.out.summary.ret.join(&ret);
            self.collect_writes(&param_names);
            let cells_after: Vec<usize> = self.cells.iter().map(Value::label_count).collect();
            if cells_after == cells_before {
                break;
            }
        }
    }

    /// Binds each parameter to a value labelled with its index; returns the names to read back.
    fn bind_parameters(&mut self) -> Vec<(u16, Option<Name>)> {
        let data = self.analysis.program().function(self.function);
        let types = &self.analysis.param_types[self.function.index()];
        let mut names = Vec::new();
        let mut index: u16 = 0;
        if data.signature.self_param.is_some() {
            let value = parameter_value(index, types.first().cloned().unwrap_or_default());
            self.env.declare("self".into(), value);
            names.push((index, Some("self".into())));
            index += 1;
        }
        for param in &data.signature.params {
            let ty = types.get(index as usize).cloned().unwrap_or_default();
            let name = match &param.pat {
                Pat::Bind { name, sub: None, .. } => Some(name.clone()),
                _ => None,
            };
            self.bind_pat(&param.pat, parameter_value(index, ty));
            names.push((index, name));
            index += 1;
        }
        names
    }

    /// Data the function wrote into its parameters through references.
    fn collect_writes(&mut self, params: &[(u16, Option<Name>)]) {
        for (index, name) in params {
            let Some(name) = name else { continue };
            let Some(value) = self.env.get(name) else {
                continue;
            };
            if !value.taint.contains_key(&Label::Param(*index, LabelPath::default())) {
                continue; // rebound to a new value: the caller's object was not written
            }
            let mut shape = Vec::new();
            value.shape(&mut shape, &mut Vec::new());
            for (path, label) in shape {
                if matches!(&label, Label::Param(param, own) if param == index && **own == *path)
                    || is_projection_of(&label, *index, &path)
                {
                    continue;
                }
                let trace = value_trace_at(value, &path, &label);
                self.out
                    .summary
                    .writes
                    .entry((*index, path))
                    .or_default()
                    .insert_if_absent(label, || trace);
            }
        }
    }

    fn block(&mut self, block: &Block) -> Value {
        self.env.push();
        let mut result = Value::default();
        for stmt in &block.stmts {
            match stmt {
                Stmt::Let { pat, init, diverge } => {
                    let value = init.as_ref().map(|init| self.expr(init)).unwrap_or_default();
                    if let Some(diverge) = diverge {
                        self.expr(diverge);
                    }
                    let value = self.with_binding_step(value, pat);
                    if matches!(**pat, Pat::Ignore) {
                        // `let _ = payload.key;` names the data it discards: as a use, it reads it.
                        self.use_value(&value);
                    }
                    self.bind_pat(pat, value);
                }
                Stmt::Expr { expr, value } => {
                    let evaluated = self.expr(expr);
                    if *value {
                        result = evaluated;
                    }
                }
            }
        }
        self.env.pop();
        result
    }

    fn with_binding_step(&self, value: Value, pat: &Pat) -> Value {
        match pat {
            Pat::Bind { name, span, .. } => {
                with_step(value, *span, &format!("assigned to `{name}`"))
            }
            Pat::Typed { pat, .. } => self.with_binding_step(value, pat),
            _ => value,
        }
    }

    fn expr(&mut self, expr: &Expr) -> Value {
        if self.spend(1) {
            return Value::default();
        }
        match &expr.kind {
            ExprKind::Path(path) => self.path_value(path),
            ExprKind::Literal | ExprKind::Continue => Value::default(),
            ExprKind::Field { base, member, member_span } => {
                let base = self.expr(base);
                self.project(&base, member, None, *member_span)
            }
            ExprKind::Call { callee, args } => self.call(expr, callee, args),
            ExprKind::MethodCall(call) => {
                let method_span = call.method_span;
                let site = Span { start: method_span.start, ..expr.span }.to(method_span);
                let site = Span { end: expr.span.end.max(method_span.end), ..site };
                self.method_call(&call.receiver, &call.method, site, &call.args)
            }
            ExprKind::Struct { path, fields, rest } => {
                self.struct_literal(path, fields, rest.as_deref())
            }
            ExprKind::Tuple(elems) => {
                let mut value = Value::default();
                let mut types = Vec::new();
                for (index, elem) in elems.iter().enumerate() {
                    let elem = self.expr(elem);
                    self.use_value(&elem);
                    types.push(elem.ty.clone());
                    value.fields.insert(Member::Index(index as u32), elem);
                }
                value.ty = Ty::Tuple(types);
                value
            }
            ExprKind::Array(elems) => {
                let values: Vec<Value> = elems.iter().map(|elem| self.expr(elem)).collect();
                for value in &values {
                    self.use_value(value);
                }
                sequence_of_values(&values)
            }
            ExprKind::PassThrough { inner, step } => {
                let mut value = self.expr(inner);
                if *step == PassStep::Try {
                    value.ty = value.ty.unwrapped();
                }
                value
            }
            ExprKind::Combine(parts) | ExprKind::Opaque(parts) => {
                let mut taint = TaintSet::new();
                for part in parts {
                    let value = self.expr(part);
                    join_taint(&mut taint, &value.deep_taint());
                }
                Value::from_taint(taint)
            }
            ExprKind::Test(parts) => {
                for part in parts {
                    self.expr(part);
                }
                Value::default()
            }
            ExprKind::Assign { place, value, compound } => {
                let value = self.expr(value);
                self.assign(place, value, *compound);
                Value::default()
            }
            ExprKind::Block(block) => self.block(block),
            ExprKind::If { condition, then_branch, else_branch } => {
                self.if_expr(condition, then_branch, else_branch.as_deref())
            }
            ExprKind::Let { pat, value } => {
                let value = self.expr(value);
                self.bind_pat(pat, value);
                Value::default()
            }
            ExprKind::Match { scrutinee, arms } => self.match_expr(scrutinee, arms),
            ExprKind::Loop { body } => self.repeat(|this| this.block(body)),
            ExprKind::While { condition, body } => self.repeat(|this| {
                this.env.push();
                this.expr(condition);
                let value = this.block(body);
                this.env.pop();
                value
            }),
            ExprKind::For { pat, iterable, body } => {
                let iterable = self.expr(iterable);
                let element = element_of(&iterable);
                self.repeat(|this| {
                    this.env.push();
                    this.bind_pat(pat, element.clone());
                    this.block(body);
                    this.env.pop();
                    Value::default()
                })
            }
            ExprKind::Closure { params, body } => {
                let mut value = self.closure(params, body, &Value::default());
                value.closures.insert(expr.span);
                value
            }
            ExprKind::Macro(call) => self.macro_call(call, expr.span),
            ExprKind::Return(value) => {
                if let Some(value) = value {
                    let value = self.expr(value);
                    self.ret.join(&value);
                }
                Value::default()
            }
            ExprKind::Break(value) => {
                value.as_ref().map(|value| self.expr(value)).unwrap_or_default()
            }
            ExprKind::Index { base, index } => {
                let base = self.expr(base);
                self.expr(index);
                let ty = match &base.ty {
                    Ty::Map(_, value) => (**value).clone(),
                    other => other.element(),
                };
                Value { taint: base.deep_taint(), ty, ..Value::default() }
            }
        }
    }

    fn path_value(&mut self, path: &PathRef) -> Value {
        if let Some(name) = path.as_ident() {
            if let Some(value) = self.env.get(name) {
                let mut value = value.clone();
                if let Some(Cell::Local(index)) = value.cell {
                    value.join(&self.cells[index as usize]);
                }
                return value;
            }
        }
        match self.analysis.resolver.resolve_value(self.context(), path) {
            ValueDef::Static(id) => {
                self.out.statics_read.insert(id);
                let mut value = self.analysis.statics[id.index()].clone();
                self.out.saw_annotated |= !value.taint.is_empty();
                value.cell = Some(Cell::Static(id));
                value
            }
            ValueDef::Constructor(adt, _) => Value::typed(Ty::Adt(adt, Vec::new())),
            ValueDef::Functions(candidates) => {
                // A function passed as a value (`apply(upload, phone)`) is called where its
                // receiver's summary says, which the first evaluation cannot know yet: the call
                // graph counts it as called here, for the order and relevance of evaluation.
                self.out.callees.extend(candidates);
                Value::default()
            }
            _ => Value::default(),
        }
    }

    fn context(&self) -> &crate::resolve::FnContext {
        &self.analysis.contexts[self.context_function.index()]
    }

    /// Reading a field: the field's own data, the whole value's data, and, when the value's type is
    /// known and the field is annotated, the annotated source itself.
    fn project(
        &mut self,
        base: &Value,
        member: &Member,
        variant: Option<(AdtId, u32)>,
        span: Span,
    ) -> Value {
        if variant.is_none() {
            if let Ty::Adt(adt, _) = peel_collections(&base.ty) {
                if let Some((index, field)) = self.analysis.variant_of_member(*adt, member) {
                    let (base, adt) = (base.clone(), *adt);
                    return self.project(&base, &field, Some((adt, index)), span);
                }
            }
        }
        if let Some((adt, variant)) = variant {
            if self.built_as_other_variant(base, adt, variant) {
                return Value::default(); // a `match` arm the value cannot take
            }
        }
        let stored = match variant {
            Some((adt, variant)) => self.analysis.variant_member(adt, variant, member),
            None => member.clone(),
        };
        let mut out = base.fields.get(&stored).cloned().unwrap_or_default();
        // What the whole may be called as, a part may be too (a handler in a `(name, hook)` pair).
        out.closures.extend(base.closures.iter().copied());
        // A parameter path through a collection names a field of its elements.
        if let Some(elements) = elements(base).filter(|_| !is_elements(&stored)) {
            let element = self.project(elements, member, variant, span);
            out.join(&element);
        }
        for (label, trace) in &base.taint {
            let label = match label {
                Label::Param(index, path) if path.len() < MAX_ACCESS_DEPTH => {
                    let mut path = path.to_vec();
                    path.push(stored.clone());
                    Label::Param(*index, path.into())
                }
                other => other.clone(),
            };
            out.taint.insert_if_absent(label, || trace.clone());
        }
        // A parameter path through a collection names a field of its elements.
        let target = variant.or(match peel_collections(&base.ty) {
            Ty::Adt(adt, _) if !self.analysis.program().adt(*adt).is_enum => Some((*adt, 0)),
            _ => None,
        });
        out.closures.extend(self.analysis.closures.in_field(member, target.map(|(adt, _)| adt)));
        let Some((adt, variant)) = target else {
            return out;
        };
        let Some(field) = self.analysis.resolver.field(adt, variant, member) else {
            return out;
        };
        let received = base.taint.keys().any(|label| matches!(label, Label::Param(..)));
        if received && !self.analysis.program().adt(adt).is_enum {
            let shared = (adt, member.clone());
            if let Some(stored) = self.analysis.shared_fields.get(&shared) {
                out.closures.extend(stored.closures.iter().copied());
                let name = &self.analysis.program().adt(adt).name;
                let step = Step { span, message: format!("read from `{name}.{member}`").into() };
                self.out.saw_annotated |= !stored.taint.is_empty();
                for (label, trace) in &stored.taint {
                    if !out.taint.contains_key(label) {
                        out.taint.insert(label.clone(), trace.push(step.clone()));
                    }
                }
            }
            self.out.fields_read.insert(shared);
        }
        if out.ty.is_unknown() {
            let args = match peel_collections(&base.ty) {
                Ty::Adt(_, args) => args.clone(),
                _ => Vec::new(),
            };
            out.ty = self.analysis.field_type(adt, variant, member).substitute(&args);
        }
        let overwritten = base.fields.get(member).is_some_and(|field| field.overwritten);
        if !field.purposes.is_empty() && !overwritten {
            let key = FieldKey { adt, variant, member: member.clone() };
            let from_parameter = base.taint.keys().any(|label| matches!(label, Label::Param(..)));
            let message = format!("`{}` is read here", self.analysis.field_display(&key));
            let trace = Trace::start(Step { span, message: message.into() }, from_parameter);
            out.taint.insert_if_absent(Label::Source(key), || trace);
            self.out.saw_annotated = true;
        }
        out
    }

    /// The value was built here as another variant of enum `adt` than `variant`: its fields are
    /// another variant's, and none of this one's.
    fn built_as_other_variant(&self, base: &Value, adt: AdtId, variant: u32) -> bool {
        let mut variants = base
            .fields
            .keys()
            .filter_map(|member| self.analysis.variant_of_member(adt, member))
            .map(|(index, _)| index);
        let Some(first) = variants.next() else { return false };
        first != variant && variants.all(|index| index != variant)
    }

    fn project_path(&mut self, base: &Value, path: &[Member], span: Span) -> Value {
        let mut current = base.clone();
        for member in path {
            current = self.project(&current, member, None, span);
        }
        current
    }

    /// All data a value holds when something outside reads all of it: its labels, its fields', and
    /// the annotated fields its type implies (`serde` leaves out `#[serde(skip)]` fields).
    fn implied(&mut self, value: &Value, whole: Whole) -> TaintSet {
        self.implied_at(value, whole, 0)
    }

    fn implied_at(&mut self, value: &Value, whole: Whole, depth: usize) -> TaintSet {
        let mut taint = value.deep_taint();
        if depth >= MAX_IMPLIED_DEPTH {
            return taint;
        }
        let serde = whole == Whole::Serialized;
        match &value.ty {
            Ty::Adt(adt, _) if self.formats_by_hand(*adt, whole) => {
                for formatter in self.formatters(*adt, whole) {
                    self.out.callees.insert(formatter);
                    let reads: Vec<AccessPath> = self.analysis.summaries[formatter.index()]
                        .reads
                        .keys()
                        .filter(|(param, _)| *param == 0)
                        .map(|(_, path)| path.clone())
                        .collect();
                    for path in reads {
                        let part = self.project_path(value, &path, Span::default());
                        join_taint(&mut taint, &self.implied_at(&part, whole, depth + 1));
                    }
                }
            }
            Ty::Adt(adt, _) => {
                let data = self.analysis.program().adt(*adt);
                for (variant_index, variant) in data.variants.iter().enumerate() {
                    for field in &variant.fields {
                        if serde && field.serde_skip {
                            continue;
                        }
                        let projected = self.project(
                            value,
                            &field.member,
                            Some((*adt, variant_index as u32)),
                            field.span,
                        );
                        join_taint(&mut taint, &self.implied_at(&projected, whole, depth + 1));
                    }
                }
            }
            Ty::Seq(elem) | Ty::Wrapped(elem) => {
                let element = Value::typed((**elem).clone());
                join_taint(&mut taint, &self.implied_at(&element, whole, depth + 1));
            }
            _ => {}
        }
        taint
    }

    /// A hand-written `Debug` decides what `{:?}` prints; a derived one prints every field.
    /// `to_string()` prints what `Display` does.
    fn formats_by_hand(&self, adt: AdtId, whole: Whole) -> bool {
        match whole {
            Whole::Formatted => self.formatters_of_trait(adt, "Debug").next().is_some(),
            Whole::Displayed => self.formatters_of_trait(adt, "Display").next().is_some(),
            _ => false,
        }
    }

    /// The `fmt` functions whose reads decide what formatting `adt` prints.
    fn formatters(&self, adt: AdtId, whole: Whole) -> Vec<FnId> {
        match whole {
            Whole::Displayed => self.formatters_of_trait(adt, "Display").collect(),
            _ => self.analysis.resolver.formatters(adt),
        }
    }

    fn formatters_of_trait<'s>(
        &'s self,
        adt: AdtId,
        name: &'s str,
    ) -> impl Iterator<Item = FnId> + 's {
        let program = self.analysis.program();
        self.analysis.resolver.formatters(adt).into_iter().filter(move |id| {
            let crate::model::Container::Impl(impl_id) = program.function(*id).container else {
                return false;
            };
            program.impls[impl_id.index()]
                .trait_path
                .as_ref()
                .and_then(|path| path.last_name())
                .is_some_and(|trait_name| &**trait_name == name)
        })
    }

    /// The value leaves the analysed code (or, in a sink, is used): record what of the parameters
    /// and of the annotated fields it carries. Only a reader of the whole value (a serializer or a
    /// formatter) reads the annotated fields its type implies; other calls see what it carries.
    fn consume(&mut self, value: &Value, whole: Whole) -> TaintSet {
        let taint = match whole {
            Whole::Carried => value.deep_taint(),
            Whole::Formatted | Whole::Displayed | Whole::Everything => self.implied(value, whole),
            Whole::Serialized => self.implied(value, whole),
        };
        // Serializing or formatting a value of a known struct reads the fields `implied` listed,
        // not the whole value: `#[serde(skip)]` fields stay unread.
        let by_fields = matches!(whole, Whole::Serialized | Whole::Formatted | Whole::Displayed)
            && matches!(&value.ty, Ty::Adt(adt, _) if !self.analysis.program().adt(*adt).is_enum);
        for (label, trace) in &taint {
            match label {
                Label::Param(..) if by_fields && value.taint.contains_key(label) => {}
                Label::Param(index, path) => {
                    self.out
                        .summary
                        .reads
                        .entry((*index, path.to_vec()))
                        .or_insert_with(|| trace.clone());
                }
                Label::Source(field) if self.is_sink => {
                    self.out.sink_uses.push((field.clone(), trace.clone()))
                }
                Label::Source(_) => {}
            }
        }
        taint
    }

    /// The value is used as data (bound, assigned, passed to a call, put into a literal or a macro),
    /// not merely inspected in a condition: the fields it was read from count as read. Using a whole
    /// parameter this way reads none of its fields by itself.
    fn use_value(&mut self, value: &Value) {
        for (label, trace) in value.deep_taint() {
            match label {
                Label::Param(index, path) if !path.is_empty() => {
                    self.out.summary.reads.entry((index, path.to_vec())).or_insert(trace);
                }
                Label::Source(field) if self.is_sink => self.out.sink_uses.push((field, trace)),
                _ => {}
            }
        }
    }

    fn struct_literal(
        &mut self,
        path: &PathRef,
        fields: &[(Member, Expr)],
        rest: Option<&Expr>,
    ) -> Value {
        let (ty, variant) = match self.analysis.resolver.resolve_value(self.context(), path) {
            ValueDef::Constructor(adt, variant) => (Ty::Adt(adt, Vec::new()), Some((adt, variant))),
            _ => {
                let ty = TypeRef::Path(path.clone());
                (self.analysis.resolver.resolve_type(self.context(), &ty), None)
            }
        };
        let mut value = rest.map(|rest| self.expr(rest)).unwrap_or_default();
        value.ty = ty;
        for (member, expr) in fields {
            let field_value = self.expr(expr);
            self.use_value(&field_value);
            let field_value =
                with_step(field_value, expr.span, &format!("stored in field `{member}`"));
            let stored = match variant {
                Some((adt, variant)) => self.analysis.variant_member(adt, variant, member),
                None => member.clone(),
            };
            value.set_at(std::slice::from_ref(&stored), field_value);
        }
        value
    }

    fn if_expr(
        &mut self,
        condition: &Expr,
        then_branch: &Block,
        else_branch: Option<&Expr>,
    ) -> Value {
        let before = self.env.clone();
        self.env.push();
        self.expr(condition);
        let mut result = self.block(then_branch);
        self.env.pop();
        let after_then = std::mem::replace(&mut self.env, before);
        if let Some(else_branch) = else_branch {
            let value = self.expr(else_branch);
            result.join(&value);
        }
        self.env.join(&after_then);
        result
    }

    fn match_expr(&mut self, scrutinee: &Expr, arms: &[crate::model::body::Arm]) -> Value {
        let scrutinee = self.expr(scrutinee);
        let before = self.env.clone();
        let mut joined: Option<Env> = None;
        let mut result = Value::default();
        for arm in arms {
            self.env = before.clone();
            self.env.push();
            self.bind_pat(&arm.pat, scrutinee.clone());
            if let Some(guard) = &arm.guard {
                self.expr(guard);
            }
            let value = self.expr(&arm.body);
            result.join(&value);
            self.env.pop();
            match &mut joined {
                Some(env) => env.join(&self.env),
                None => joined = Some(self.env.clone()),
            }
        }
        self.env = joined.unwrap_or(before);
        result
    }

    /// Runs a loop body until the locals stop changing, joining each round with the state before it.
    fn repeat(&mut self, mut body: impl FnMut(&mut Self) -> Value) -> Value {
        let mut result = Value::default();
        for _ in 0..LOOP_ROUNDS {
            let before = self.env.clone();
            let value = body(self);
            result.join(&value);
            self.env.join(&before);
            if self.env.label_count() == before.label_count() {
                break;
            }
        }
        result
    }

    /// A closure's value carries what its body returns; the body's calls are evaluated here, with
    /// the captured locals, and its parameters bound to `argument`.
    fn closure(&mut self, params: &[Pat], body: &Expr, argument: &Value) -> Value {
        let arguments = vec![argument.clone(); params.len()];
        self.closure_with(params, body, &arguments)
    }

    /// Calling a value that holds closures runs each closure's body with the call's arguments. A
    /// closure written in another function (stored in a struct, returned by a helper) resolves
    /// names where it is written; what it captured there is not known here, but was seen when the
    /// closure was created. A closure already running (one that calls itself) is not entered again.
    fn call_closures(&mut self, callee: &Value, arguments: &[Value], site: Span) -> Value {
        let mut result = Value::default();
        if callee.closures.is_empty() {
            return result;
        }
        let arguments: Vec<Value> = arguments
            .iter()
            .map(|argument| with_step(argument.clone(), site, "passed to a closure here"))
            .collect();
        for span in &callee.closures {
            let Some((home, closure)) = self.analysis.closures.at(*span) else { continue };
            let ExprKind::Closure { params, body } = &closure.kind else { continue };
            if self.running_closures.contains(span) {
                continue;
            }
            self.running_closures.push(*span);
            let outer_context = std::mem::replace(&mut self.context_function, home);
            let value = self.closure_with(params, body, &arguments);
            self.context_function = outer_context;
            self.running_closures.pop();
            result.join(&value);
        }
        result
    }

    /// Evaluates a closure body with each parameter bound to its argument.
    fn closure_with(&mut self, params: &[Pat], body: &Expr, arguments: &[Value]) -> Value {
        self.env.push();
        let unknown = Value::default();
        for (position, param) in params.iter().enumerate() {
            self.bind_pat(param, arguments.get(position).unwrap_or(&unknown).clone());
        }
        let saved_ret = std::mem::take(&mut self.ret);
        let mut value = self.expr(body);
        let returned = std::mem::replace(&mut self.ret, saved_ret);
        value.join(&returned);
        self.env.pop();
        value
    }

    fn bind_pat(&mut self, pat: &Pat, value: Value) {
        match pat {
            Pat::Bind { name, sub, .. } => {
                if !self.binding_parameters {
                    self.use_value(&value);
                }
                if let Some(sub) = sub {
                    self.bind_pat(sub, value.clone());
                }
                self.env.declare(name.clone(), value);
            }
            Pat::Typed { pat, ty } => {
                let mut value = value;
                let declared = self.analysis.resolver.resolve_type(self.context(), ty);
                if !declared.is_unknown() {
                    value.ty = declared;
                }
                self.bind_pat(pat, value);
            }
            Pat::Tuple(elems) => {
                for (index, elem) in elems.iter().enumerate() {
                    let member = Member::Index(index as u32);
                    let part = self.tuple_part(&value, &member);
                    self.bind_pat(elem, part);
                }
            }
            Pat::Struct { path, fields } => {
                let variant = self.pattern_variant(path, &value);
                for (member, field_pat) in fields {
                    let part = self.project(&value, member, variant, pattern_span(field_pat));
                    self.bind_pat(field_pat, part);
                }
            }
            Pat::TupleStruct { path, elems } => {
                let variant = self.pattern_variant(path, &value);
                // `Some(x)`, and a dependency's wrapper taken apart (`Json(body)`, `State(state)`):
                // the inside is the value the analysis already tracks as the whole.
                let unwrap = variant.is_none()
                    && (matches!(path.last_name().map(|n| &**n), Some("Some" | "Ok" | "Err"))
                        || (elems.len() == 1
                            && self.analysis.resolver.names_dependency(self.context(), path)));
                for (index, elem) in elems.iter().enumerate() {
                    let part = if unwrap {
                        Value { ty: value.ty.unwrapped(), ..value.clone() }
                    } else {
                        self.project(
                            &value,
                            &Member::Index(index as u32),
                            variant,
                            pattern_span(elem),
                        )
                    };
                    self.bind_pat(elem, part);
                }
            }
            Pat::Slice(elems) => {
                let element = element_of(&value);
                for elem in elems {
                    self.bind_pat(elem, element.clone());
                }
            }
            Pat::Or(cases) => {
                // `A { x, .. } | B(x)`: `x` is what either alternative binds.
                self.env.push();
                for case in cases {
                    self.bind_pat(case, value.clone());
                }
                let bound = self.env.frames.pop().unwrap_or_default();
                let mut joined: Vec<(Name, Value)> = Vec::new();
                for (name, value) in bound {
                    match joined.iter_mut().find(|(existing, _)| *existing == name) {
                        Some((_, existing)) => existing.join(&value),
                        None => joined.push((name, value)),
                    }
                }
                for (name, value) in joined {
                    self.env.declare(name, value);
                }
            }
            Pat::Ignore => {}
        }
    }

    fn tuple_part(&mut self, value: &Value, member: &Member) -> Value {
        let mut part = self.project(value, member, None, Span::default());
        if let (Ty::Tuple(types), Member::Index(index)) = (&value.ty, member) {
            if part.ty.is_unknown() {
                part.ty = types.get(*index as usize).cloned().unwrap_or_default();
            }
        }
        part
    }

    fn pattern_variant(&self, path: &PathRef, value: &Value) -> Option<(AdtId, u32)> {
        match self.analysis.resolver.resolve_value(self.context(), path) {
            ValueDef::Constructor(adt, variant) => Some((adt, variant)),
            _ => match (&value.ty, path.last_name()) {
                (Ty::Adt(adt, _), Some(name)) => {
                    let data = self.analysis.program().adt(*adt);
                    data.variants
                        .iter()
                        .position(|v| v.name == *name)
                        .map(|index| (*adt, index as u32))
                }
                _ => None,
            },
        }
    }

    fn place(&self, expr: &Expr) -> Option<Place> {
        match &expr.kind {
            ExprKind::Path(path) => {
                let name = path.as_ident()?;
                if self.env.get(name).is_some() {
                    return Some(Place {
                        root: PlaceRoot::Local(name.clone()),
                        path: Vec::new(),
                        strong: true,
                    });
                }
                match self.analysis.resolver.resolve_value(self.context(), path) {
                    ValueDef::Static(id) => {
                        Some(Place { root: PlaceRoot::Static(id), path: Vec::new(), strong: false })
                    }
                    _ => None,
                }
            }
            ExprKind::Field { base, member, .. } => {
                let mut place = self.place(base)?;
                if place.path.len() < MAX_ACCESS_DEPTH {
                    place.path.push(member.clone());
                }
                Some(place)
            }
            ExprKind::PassThrough { inner, step } => {
                let mut place = self.place(inner)?;
                place.strong &= *step != PassStep::Deref;
                Some(place)
            }
            ExprKind::Index { base, .. } => {
                self.place(base).map(|place| Place { strong: false, ..place })
            }
            ExprKind::MethodCall(call) => {
                if let Some(map) = entry_value(call) {
                    // `map.entry(key).or_default()` is the map's value for that key: what is
                    // written through it goes with the values, apart from the keys.
                    let mut place = self.place(map)?;
                    if place.path.len() < MAX_ACCESS_DEPTH {
                        place.path.push(Member::Named(MAP_VALUES.into()));
                    }
                    return Some(Place { strong: false, ..place });
                }
                let class = std_model::method_class(&call.method);
                if matches!(class, MethodClass::Identity | MethodClass::Element) {
                    self.place(&call.receiver).map(|place| Place { strong: false, ..place })
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn assign(&mut self, place_expr: &Expr, value: Value, compound: bool) {
        self.use_value(&value);
        let Some(place) = self.place(place_expr) else {
            self.expr(place_expr);
            return;
        };
        self.write(place, value, compound);
    }

    fn write(&mut self, place: Place, value: Value, weak: bool) {
        match place.root {
            PlaceRoot::Local(name) => {
                let taint = value.deep_taint();
                let Some(target) = self.env.get_mut(&name) else {
                    return;
                };
                if let Some(field) = shared_field(target, &place.path) {
                    let sources: TaintSet = taint
                        .iter()
                        .filter(|(label, _)| matches!(label, Label::Source(_)))
                        .map(|(label, trace)| (label.clone(), trace.clone()))
                        .collect();
                    let mut stored = Value::from_taint(sources);
                    stored.closures.extend(value.all_closures());
                    if !stored.taint.is_empty() || !stored.closures.is_empty() {
                        self.out.fields_written.push((field, stored));
                    }
                }
                let cells = cells_along(target, &place.path);
                let written = (!cells.is_empty()).then(|| value.clone());
                if place.strong && !weak {
                    let overwritten = !place.path.is_empty();
                    target.set_at(&place.path, Value { overwritten, ..value });
                } else {
                    target.join_at(&place.path, &value);
                }
                if let Some(written) = &written {
                    for (cell, depth) in &cells {
                        self.write_cell_at(*cell, &place.path[*depth..], written, &taint);
                    }
                }
            }
            PlaceRoot::Static(id) => {
                let taint = self.implied(&value, Whole::Everything);
                self.write_static(id, taint);
                self.out.static_closures.push((id, value.all_closures()));
            }
        }
    }

    fn call(&mut self, expr: &Expr, callee: &Expr, args: &[Expr]) -> Value {
        let ExprKind::Path(path) = &callee.kind else {
            let callee_value = self.expr(callee);
            let values: Vec<Value> = args.iter().map(|arg| self.expr(arg)).collect();
            let mut taint = callee_value.deep_taint();
            for value in &values {
                join_taint(&mut taint, &self.consume(value, Whole::Carried));
            }
            let mut result = Value::from_taint(taint);
            result.join(&self.call_closures(&callee_value, &values, expr.span));
            return result;
        };
        if let Some(local) = path.as_ident().and_then(|name| self.env.get(name)).cloned() {
            let values: Vec<Value> = args.iter().map(|arg| self.expr(arg)).collect();
            let mut taint = local.deep_taint();
            for value in &values {
                join_taint(&mut taint, &value.deep_taint());
            }
            // Calling a parameter: callers that pass a closure evaluate it with these arguments.
            for param in called_parameters(&local) {
                let recorded = self.out.summary.param_calls.entry(param).or_default();
                super::summary::join_arguments(recorded, &values);
            }
            let mut result = Value::from_taint(taint);
            result.join(&self.call_closures(&local, &values, expr.span));
            return result;
        }
        let resolved = self.analysis.resolver.resolve_value(self.context(), path);
        let values: Vec<Value> = match resolved {
            ValueDef::Functions(_) => args.iter().map(|arg| self.argument(arg)).collect(),
            _ => args.iter().map(|arg| self.expr(arg)).collect(),
        };
        match resolved {
            ValueDef::Functions(candidates) => {
                self.out.coverage.calls_resolved += 1;
                let places: Vec<Option<&Expr>> = args.iter().map(Some).collect();
                self.call_functions(&candidates, values, &places, expr.span, Dispatch::Exact)
            }
            ValueDef::Constructor(adt, variant) => {
                let mut value = Value::typed(Ty::Adt(adt, Vec::new()));
                for (index, arg) in values.into_iter().enumerate() {
                    let member = Member::Index(index as u32);
                    value.fields.insert(self.analysis.variant_member(adt, variant, &member), arg);
                }
                value
            }
            ValueDef::Static(_) | ValueDef::Unresolved => {
                self.out.coverage.calls_external += 1;
                let mut result = self.external_call(path, values, expr.span);
                self.write_out_parameters(args, &result.taint);
                if result.ty.is_unknown() {
                    result.ty = self.analysis.resolver.constructed_type(self.context(), path);
                }
                result
            }
        }
    }

    fn external_call(&mut self, path: &PathRef, mut values: Vec<Value>, site: Span) -> Value {
        let name = path.last_name().map(|name| name.to_string()).unwrap_or_default();
        let name = name.as_str();
        let owner = path.segments.iter().rev().nth(1).map(|segment| &*segment.name);
        if std_model::creates_channel(name) {
            return self.channel(site);
        }
        if values.len() == 1 && std_model::is_wrapping_call(name) {
            let mut value = values.remove(0);
            if matches!(name, "Some" | "Ok" | "Err") {
                value.ty = Ty::Wrapped(Box::new(value.ty));
            }
            if name == "new"
                && owner.is_some_and(std_model::is_shared_owner)
                && value.cell.is_none()
            {
                value.cell = Some(self.new_cell(site, value.deep_taint()));
            }
            return value;
        }
        let whole = if std_model::serializes_whole_value(name) {
            Whole::Serialized
        } else {
            Whole::Carried
        };
        let mut taint = TaintSet::new();
        for value in &values {
            join_taint(&mut taint, &self.consume(value, whole));
        }
        Value::from_taint(taint)
    }

    /// An external function given `&mut x` may write any of its inputs into `x` (a hasher, a
    /// buffer, an out-parameter).
    fn write_out_parameters(&mut self, args: &[Expr], taint: &TaintSet) {
        if taint.is_empty() {
            return;
        }
        for arg in args {
            if let ExprKind::PassThrough { inner, step: PassStep::MutReference } = &arg.kind {
                if let Some(place) = self.place(inner) {
                    let value = Value::from_taint(taint.clone());
                    self.write(Place { strong: false, ..place }, value, true);
                }
            }
        }
    }

    /// A write of `value` at `path` below a cell: a local cell keeps its structure, a static its
    /// labels (`taint`, all of `value`'s).
    fn write_cell_at(&mut self, cell: Cell, path: &[Member], value: &Value, taint: &TaintSet) {
        match cell {
            Cell::Local(index) => self.cells[index as usize].join_at(path, value),
            Cell::Static(_) => self.write_cell(Some(cell), taint),
        }
    }

    fn write_cell(&mut self, cell: Option<Cell>, taint: &TaintSet) {
        match cell {
            Some(Cell::Local(index)) => join_taint(&mut self.cells[index as usize].taint, taint),
            Some(Cell::Static(id)) => self.write_static(id, taint.clone()),
            None => {}
        }
    }

    /// Annotated data goes into the static; parameter data into the summary, for the callers to
    /// write what they pass (see `Summary::static_writes`).
    fn write_static(&mut self, id: StaticId, taint: TaintSet) {
        let (params, sources) = taint.partition(|label| matches!(label, Label::Param(..)));
        if !params.is_empty() {
            join_taint(self.out.summary.static_writes.entry(id).or_default(), &params);
        }
        if !sources.is_empty() {
            self.out.statics_written.push((id, sources));
        }
    }

    /// The callee writes parts of its parameters into statics: what this call passes there.
    fn apply_static_writes(&mut self, call: &Applied<'_>, args: &[Value], call_step: &Step) {
        for (id, taint) in &call.summary.static_writes {
            let mut written = TaintSet::new();
            for (label, trace) in taint {
                let substituted = self.substitute_label(label, trace, args, call.callee, call_step);
                join_taint(&mut written, &substituted);
            }
            self.write_static(*id, written);
        }
    }

    /// The cell created at `site`: the same one in every round of evaluation.
    /// The workspace functions a path names when it is not a local variable.
    fn function_item(&self, path: &PathRef) -> Option<Vec<FnId>> {
        if path.as_ident().is_some_and(|name| self.env.get(name).is_some()) {
            return None;
        }
        match self.analysis.resolver.resolve_value(self.context(), path) {
            ValueDef::Functions(candidates) => Some(candidates),
            _ => None,
        }
    }

    fn new_cell(&mut self, site: Span, taint: TaintSet) -> Cell {
        let next = self.cells.len() as u32;
        let index = *self.cell_sites.entry(site).or_insert(next);
        if index == next {
            self.cells.push(Value::default());
        }
        join_taint(&mut self.cells[index as usize].taint, &taint);
        Cell::Local(index)
    }

    /// `channel()` and friends: a sender and a receiver that share one cell.
    fn channel(&mut self, site: Span) -> Value {
        let cell = Some(self.new_cell(site, TaintSet::new()));
        let end = Value { cell, ..Value::default() };
        let mut pair = Value { ty: Ty::Tuple(vec![Ty::Unknown, Ty::Unknown]), ..Value::default() };
        pair.fields.insert(Member::Index(0), end.clone());
        pair.fields.insert(Member::Index(1), end);
        pair
    }

    /// `info.phone_number()` where the configuration names `phone_number` of that dependency type
    /// as a source: the getter reads the field.
    fn configured_getter(&mut self, receiver: &Value, method: &str, site: Span) -> Option<Value> {
        let Ty::Adt(adt, _) = &receiver.ty else { return None };
        let data = self.analysis.program().adt(*adt);
        let program = self.analysis.program();
        let is_configured = &*program.crates.get(program.module(data.module).krate.index())?.name
            == crate::model::external::EXTERNAL_CRATE;
        if !is_configured {
            return None;
        }
        let member = Member::Named(method.into());
        data.variants[0].fields.iter().any(|field| field.member == member).then(|| {
            self.out.coverage.methods_resolved += 1;
            self.project(receiver, &member, Some((*adt, 0)), site)
        })
    }

    fn method_call(&mut self, receiver: &Expr, method: &Name, site: Span, args: &[Expr]) -> Value {
        let receiver_value = self.expr(receiver);
        if let Some(value) = self.configured_getter(&receiver_value, method, site) {
            return value;
        }
        if &**method == "into" && args.is_empty() {
            // `value.into()` runs the workspace's `impl From<ValueType> for Target`, if any.
            let conversions = self.analysis.resolver.conversions_from(&receiver_value.ty);
            if !conversions.is_empty() {
                self.out.coverage.methods_resolved += 1;
                return self.call_functions(
                    &conversions,
                    vec![receiver_value],
                    &[Some(receiver)],
                    site,
                    Dispatch::Exact,
                );
            }
        }
        let by_name = Resolver::method_dispatch(&receiver_value.ty) == Dispatch::ByName;
        // On a receiver of unknown type, only methods that pass data on are assumed to be the
        // workspace's; the others are not looked up at all (the lists by name grow with the
        // workspace, and a lookup per call made the fixed point quadratic).
        let (mut candidates, dispatch) =
            if by_name && std_model::method_class(method) != MethodClass::Propagate {
                (Vec::new(), Dispatch::ByName)
            } else {
                self.analysis.resolver.method_candidates(&receiver_value.ty, method)
            };
        candidates.retain(|id| {
            let function = self.analysis.program().function(*id);
            function.external || function.signature.params.len() == args.len()
        });
        if dispatch == Dispatch::ByName && candidates.iter().any(|id| !self.analysis.is_sink(*id)) {
            // The receiver's type is unknown: do not assume a sink where a look-alike exists.
            candidates.retain(|id| !self.analysis.is_sink(*id));
        }
        if candidates.is_empty() {
            self.out.coverage.methods_external += 1;
            return self.external_method(receiver, receiver_value, method, args);
        }
        match dispatch {
            Dispatch::Exact => self.out.coverage.methods_resolved += 1,
            Dispatch::Trait | Dispatch::ByName => self.out.coverage.methods_assumed += 1,
        }
        let mut values = vec![receiver_value];
        values.extend(args.iter().map(|arg| self.argument(arg)));
        let mut places: Vec<Option<&Expr>> = vec![Some(receiver)];
        places.extend(args.iter().map(Some));
        self.call_functions(&candidates, values, &places, site, dispatch)
    }

    fn external_method(
        &mut self,
        receiver: &Expr,
        receiver_value: Value,
        method: &str,
        args: &[Expr],
    ) -> Value {
        let class = std_model::method_class(method);
        let element = if std_model::lends_receiver_to_closures(method) {
            receiver_value.clone()
        } else {
            element_of(&receiver_value)
        };
        let mut arg_values = Vec::new();
        let mut closure_result = Value::default();
        let mut closure_called = false;
        for arg in args {
            match &arg.kind {
                ExprKind::Closure { params, body }
                    if std_model::passes_elements_to_closures(method)
                        || class != MethodClass::Inspect =>
                {
                    let value = self.closure(params, body, &element);
                    closure_result.join(&value);
                    closure_called = true;
                    arg_values.push(value);
                }
                ExprKind::Path(path) if std_model::passes_elements_to_closures(method) => {
                    // `.for_each(upload)`, `.map(Self::normalise)`: a function in place of a closure
                    // is called with each element.
                    match self.function_item(path) {
                        Some(candidates) => {
                            let value = self.call_functions(
                                &candidates,
                                vec![element.clone()],
                                &[None],
                                arg.span,
                                Dispatch::Exact,
                            );
                            closure_result.join(&value);
                            closure_called = true;
                            arg_values.push(value);
                        }
                        None => arg_values.push(self.expr(arg)),
                    }
                }
                _ => arg_values.push(self.expr(arg)),
            }
        }
        if matches!(method, "or_insert" | "or_insert_with" | "or_insert_with_key") {
            // An entry inserts what it is given when the key is missing: into the map's values.
            let inserted = if closure_called {
                closure_result.clone()
            } else {
                arg_values.iter().fold(Value::default(), |mut all, value| {
                    all.join(value);
                    all
                })
            };
            if let Some(place) = self.place(receiver) {
                let mut path = place.path.clone();
                path.push(Member::Named(MAP_VALUES.into()));
                let step = format!("stored by `{method}`");
                let stored = with_step(inserted, receiver.span, &step);
                self.write(Place { root: place.root.clone(), path, strong: false }, stored, true);
            }
        }
        let called = closure_called.then_some(&closure_result);
        if let Some(value) = sequence_method(method, &receiver_value, called, &arg_values) {
            return value;
        }
        match class {
            MethodClass::Inspect => Value::default(),
            MethodClass::Identity if method == "to_string" && arg_values.is_empty() => {
                // The text carries what `Display` prints: every field of a value built here, and
                // the annotated fields a hand-written impl reads.
                Value::from_taint(self.implied(&receiver_value, Whole::Displayed))
            }
            MethodClass::Identity => {
                let mut value = receiver_value;
                if matches!(
                    method,
                    "unwrap"
                        | "expect"
                        | "unwrap_or"
                        | "unwrap_or_else"
                        | "unwrap_or_default"
                        | "ok"
                        | "context"
                        | "with_context"
                ) {
                    value.ty = value.ty.unwrapped();
                }
                for arg in &arg_values {
                    join_taint(&mut value.taint, &arg.deep_taint());
                }
                value
            }
            MethodClass::Element => {
                let mut taint = map_part_taint(method, &receiver_value)
                    .unwrap_or_else(|| receiver_value.deep_taint());
                join_taint(&mut taint, &closure_result.deep_taint());
                let ty = element_method_type(method, &receiver_value.ty, &closure_result.ty);
                let closures = receiver_value.all_closures().into_iter().collect();
                Value { taint, ty, closures, ..Value::default() }
            }
            MethodClass::Store => {
                self.store(receiver, &receiver_value, method, &arg_values);
                Value::default()
            }
            MethodClass::Propagate => {
                let serde = std_model::serializes_whole_value(method);
                let mut taint = if serde {
                    self.consume(&receiver_value, Whole::Serialized)
                } else {
                    receiver_value.deep_taint()
                };
                join_taint(&mut taint, &closure_result.deep_taint());
                for arg in &arg_values {
                    join_taint(&mut taint, &self.consume(arg, Whole::Carried));
                }
                let ty = match adapter_type(method, &receiver_value.ty, &closure_result.ty) {
                    // A dependency's builder chain stays the dependency's.
                    Ty::Unknown if receiver_value.ty == Ty::Foreign => Ty::Foreign,
                    ty => ty,
                };
                self.write_out_parameters(args, &taint);
                Value { taint, ty, ..Value::default() }
            }
        }
    }

    /// `push`, `insert`, `send`...: the arguments' data goes into the receiver.
    fn store(&mut self, receiver: &Expr, receiver_value: &Value, method: &str, args: &[Value]) {
        let step = format!("stored by `{method}`");
        let place = self.place(receiver);
        if let (Some(place), [key, value], true) =
            (&place, args, is_map_insert(method, receiver_value))
        {
            // A map keeps its keys apart from its values: `values()` and `get` give only what was
            // inserted as a value.
            for (part, inserted) in [(MAP_KEYS, key), (MAP_VALUES, value)] {
                let taint = self.consume(inserted, Whole::Carried);
                let stored = with_step(Value::from_taint(taint), receiver.span, &step);
                let mut path = place.path.clone();
                path.push(Member::Named(part.into()));
                self.write(Place { root: place.root.clone(), path, strong: false }, stored, true);
            }
            return;
        }
        if let (Some(place), Some(element)) = (&place, stored_element(method, args)) {
            // A collection keeps its elements' structure: see `elements`.
            self.use_value(&element);
            let stored = with_step(element, receiver.span, &step);
            let mut path = place.path.clone();
            path.push(Member::Named(ELEMENTS.into()));
            self.write(Place { root: place.root.clone(), path, strong: false }, stored, true);
            return;
        }
        let mut taint = TaintSet::new();
        for arg in args {
            join_taint(&mut taint, &self.consume(arg, Whole::Carried));
        }
        let mut stored = with_step(Value::from_taint(taint), receiver.span, &step);
        stored.closures.extend(args.iter().flat_map(Value::all_closures));
        if let (None, Some(Cell::Static(id))) = (&place, receiver_value.cell) {
            self.out.static_closures.push((id, stored.all_closures()));
        }
        match place {
            Some(place) => self.write(Place { strong: false, ..place }, stored, true),
            None => self.write_cell(receiver_value.cell, &stored.taint),
        }
    }

    /// An argument of a call to workspace functions. A closure written in place is not evaluated
    /// here: [`Self::run_inline_closures`] runs its body once, with what the callees pass it.
    fn argument(&mut self, arg: &Expr) -> Value {
        match &arg.kind {
            ExprKind::Closure { .. } => Value::closure_at(arg.span),
            _ => self.expr(arg),
        }
    }

    /// Runs each closure written in place as an argument, once: with the arguments every callee
    /// that calls that parameter gives it (joined), or with unknown arguments when none does, as
    /// a closure that is only created. Evaluating it once where it is written and again for each
    /// callee that calls it doubled the work at every level of closures nested in such calls.
    fn run_inline_closures(
        &mut self,
        applied: &[Applied<'_>],
        args: &mut [Value],
        places: &[Option<&Expr>],
        site: Span,
    ) {
        let mut pending: Vec<usize> =
            (0..places.len()).filter(|index| inline_closure(places, *index).is_some()).collect();
        while !pending.is_empty() {
            // A closure given what another one returns (`both(|s| upload(s), || phone.clone())`)
            // runs after it.
            let next = match pending.len() {
                1 => 0,
                _ => pending
                    .iter()
                    .position(|index| !given_other_closures(applied, *index, &pending))
                    .unwrap_or(0),
            };
            let index = pending.remove(next);
            let Some((params, body, span)) = inline_closure(places, index) else { continue };
            let given = self.closure_arguments(applied, index, args, site);
            self.projections = Projections::default();
            let mut value = self.closure_with(params, body, &given);
            value.closures.insert(span);
            if let Some(arg) = args.get_mut(index) {
                *arg = value;
            }
        }
    }

    /// What the callees that call parameter `index` pass it, joined position by position.
    fn closure_arguments(
        &mut self,
        applied: &[Applied<'_>],
        index: usize,
        args: &[Value],
        site: Span,
    ) -> Vec<Value> {
        let mut given: Vec<Value> = Vec::new();
        for call in applied {
            let Some(calls) = call.summary.param_calls.get(&(index as u16)) else { continue };
            let call_step = self.call_step(call.callee, site);
            self.projections = Projections::default();
            for (position, value) in calls.iter().enumerate() {
                let value = self.substitute_value(value, args, call.callee, &call_step);
                match given.get_mut(position) {
                    Some(joined) => joined.join(&value),
                    None => given.push(value),
                }
            }
        }
        given
    }

    /// The step a path takes into `callee` at the call `site`.
    fn call_step(&self, callee: FnId, site: Span) -> Step {
        let name = &self.analysis.program().function(callee).name;
        Step { span: site, message: format!("passed to `{name}`").into() }
    }

    /// Applies the summaries of the functions a call may reach.
    fn call_functions(
        &mut self,
        candidates: &[FnId],
        args: Vec<Value>,
        places: &[Option<&Expr>],
        site: Span,
        dispatch: Dispatch,
    ) -> Value {
        let mut result = Value::default();
        let mut any_body = false;
        let analysis = self.analysis;
        let merged;
        let applied: Vec<Applied<'_>> =
            if dispatch != Dispatch::Exact && candidates.len() > MAX_SEPARATE_CANDIDATES {
                merged = analysis.dispatch_summary(candidates);
                vec![Applied { callee: candidates[0], summary: &merged }]
            } else {
                let summary = |callee: &FnId| &analysis.summaries[callee.index()];
                candidates
                    .iter()
                    .map(|callee| Applied { callee: *callee, summary: summary(callee) })
                    .collect()
            };
        // Each callee's projections are its own; a call evaluated meanwhile (in a closure the
        // callee calls) keeps its own too.
        let enclosing_projections = std::mem::take(&mut self.projections);
        let mut args = args;
        self.run_inline_closures(&applied, &mut args, places, site);
        // Through a trait, each impl reads its own `self` fields; when the receiver comes from a
        // parameter, the caller's substitution knows the concrete type, so reads of `self` fields
        // are left to it instead of joining every impl's fields here.
        let receiver_from_parameter = dispatch != Dispatch::Exact
            && args.first().is_some_and(|receiver| {
                receiver.taint.keys().any(|label| matches!(label, Label::Param(..)))
            });
        for arg in &args {
            self.use_value(arg);
        }
        for &callee in candidates {
            self.out.callees.insert(callee);
            if self.analysis.is_sink(callee) {
                let assumed = (dispatch != Dispatch::Exact)
                    .then_some(candidates.len().min(u16::MAX as usize) as u16);
                self.sink_call(callee, &args, site, assumed);
            }
            any_body |= self.analysis.program().function(callee).body.is_some();
        }
        for call in &applied {
            self.projections = Projections::default();
            let ret = self.apply_summary(call, &args, places, site, receiver_from_parameter);
            result.join(&ret);
        }
        self.projections = enclosing_projections;
        let declared = candidates
            .first()
            .map(|id| self.analysis.return_types[id.index()].clone())
            .unwrap_or_default();
        // The declared type wins unless substitution found something more specific (the concrete
        // type behind a generic `T`).
        if declared.specificity() >= result.ty.specificity() {
            result.ty = declared;
        }
        if !any_body && !candidates.iter().any(|id| self.analysis.is_sink(*id)) {
            let mut taint = TaintSet::new();
            for arg in &args {
                join_taint(&mut taint, &self.consume(arg, Whole::Carried));
            }
            join_taint(&mut result.taint, &taint);
        }
        result
    }

    /// Counts `units` of work; true once the evaluation is over its budget, and from then on every
    /// expression evaluates to nothing, so that the evaluation ends quickly.
    fn spend(&mut self, units: u64) -> bool {
        self.work += units;
        let joined = labels_joined() - self.joined_before;
        if self.work + joined > MAX_WORK_PER_EVALUATION {
            self.out.exhausted = true;
        }
        self.out.exhausted
    }

    /// Applies one callee's summary (or the merged summary of many candidates) at a call site:
    /// what it returns, and the sinks, reads, writes and parameter calls it brings here.
    fn apply_summary(
        &mut self,
        call: &Applied<'_>,
        args: &[Value],
        places: &[Option<&Expr>],
        site: Span,
        receiver_from_parameter: bool,
    ) -> Value {
        let summary = call.summary;
        let size = summary.ret.taint.len()
            + summary.ret.fields.len()
            + summary.reads.len()
            + summary.writes.len()
            + summary.sink_reaches.len()
            + summary.param_calls.len()
            + summary.static_writes.len();
        let arguments: usize = args.iter().map(|arg| arg.taint.len() + arg.fields.len()).sum();
        if self.spend((size * arguments.max(1)) as u64) {
            return Value::default();
        }
        let name = &self.analysis.program().function(call.callee).name;
        let call_step = self.call_step(call.callee, site);
        let ret = if receiver_from_parameter {
            without_parameter_reads(&call.summary.ret)
        } else {
            call.summary.ret.clone()
        };
        let ret = self.substitute_value(&ret, args, call.callee, &call_step);
        let ret = with_step(ret, site, &format!("returned from `{name}`"));
        self.apply_sink_reaches(call, args, &call_step);
        self.apply_reads(call, args, &call_step);
        self.apply_writes(call, args, places, &call_step);
        self.apply_static_writes(call, args, &call_step);
        self.apply_param_calls(call, args, places, &call_step);
        ret
    }

    /// The value of one parameter path at this call site: the argument projected along the path.
    fn argument_at(
        &mut self,
        args: &[Value],
        callee: FnId,
        index: u16,
        path: &[Member],
        span: Span,
    ) -> Value {
        let key = (index, path.to_vec());
        if let Some(value) = self.projections.values.get(&key) {
            return value.clone();
        }
        let value = match path.split_last() {
            None => {
                let Some(arg) = args.get(index as usize) else {
                    return Value::default();
                };
                let mut whole = arg.clone();
                if whole.ty.is_unknown() {
                    let declared = &self.analysis.param_types[callee.index()];
                    whole.ty = declared.get(index as usize).cloned().unwrap_or_default();
                }
                whole
            }
            Some((last, prefix)) => {
                let base = self.argument_at(args, callee, index, prefix, span);
                self.project(&base, last, None, span)
            }
        };
        self.projections.values.insert(key, value.clone());
        value
    }

    /// A summary value with parameter labels replaced by what the arguments carry.
    fn substitute_value(
        &mut self,
        value: &Value,
        args: &[Value],
        callee: FnId,
        call_step: &Step,
    ) -> Value {
        self.substitute_value_at(value, args, callee, call_step, 0)
    }

    /// [`Self::substitute_value`] for a value `depth` fields deep in the result. What replaces a
    /// parameter label is cut so that the result nests at most `MAX_ACCESS_DEPTH` deep, like a
    /// summary: otherwise each level of a returned struct would hold a whole copy of the argument,
    /// and on rust-analyzer those copies took gigabytes.
    fn substitute_value_at(
        &mut self,
        value: &Value,
        args: &[Value],
        callee: FnId,
        call_step: &Step,
        depth: usize,
    ) -> Value {
        let mut out =
            Value { ty: value.ty.clone(), closures: value.closures.clone(), ..Value::default() };
        // A static handed back by the callee is the same static here, with what it holds now.
        if let Some(Cell::Static(id)) = value.cell {
            out.cell = value.cell;
            self.out.statics_read.insert(id);
            join_taint(&mut out.taint, &self.analysis.statics[id.index()].taint);
        }
        for (label, trace) in &value.taint {
            match label {
                Label::Source(_) => {
                    self.out.saw_annotated = true;
                    out.taint.insert_if_absent(label.clone(), || trace.clone());
                }
                Label::Param(index, path) => {
                    let mut actual = self.argument_at(args, callee, *index, path, call_step.span);
                    actual.limit_depth(MAX_ACCESS_DEPTH.saturating_sub(depth));
                    map_traces(&mut actual, &|arg_trace: &Trace| {
                        arg_trace.push(call_step.clone()).then(trace)
                    });
                    out.join(&actual);
                }
            }
        }
        for (member, field) in &value.fields {
            let field = self.substitute_value_at(field, args, callee, call_step, depth + 1);
            out.fields.entry(member.clone()).or_default().join(&field);
        }
        out
    }

    fn substitute_label(
        &mut self,
        label: &Label,
        trace: &Trace,
        args: &[Value],
        callee: FnId,
        call_step: &Step,
    ) -> TaintSet {
        match label {
            Label::Source(_) => TaintSet::single(label.clone(), trace.clone()),
            Label::Param(index, path) => {
                let key = (*index, path.clone());
                if !self.projections.taints.contains_key(&key) {
                    let actual = self.argument_at(args, callee, *index, path, call_step.span);
                    let entering =
                        actual.deep_taint().retraced(|arg_trace| arg_trace.push(call_step.clone()));
                    self.projections.taints.insert(key.clone(), entering);
                }
                self.projections.taints[&key].retraced(|entering| entering.then(trace))
            }
        }
    }

    fn apply_sink_reaches(&mut self, call: &Applied<'_>, args: &[Value], call_step: &Step) {
        let callee = call.callee;
        for ((label, site), trace) in &call.summary.sink_reaches {
            let Some(site) = self.specialise(*site, args) else { continue };
            for (label, trace) in self.substitute_label(label, trace, args, callee, call_step) {
                self.emit(label, trace, site);
            }
        }
    }

    /// A sink reached through dispatch on a parameter, seen from a caller: dropped when the
    /// caller's argument has a known type whose impl is not the sink's, and otherwise dispatched
    /// on the caller's own parameter when the argument is one.
    fn specialise(&self, site: SinkSite, args: &[Value]) -> Option<SinkSite> {
        let Some(param) = site.dispatch_param else { return Some(site) };
        let Some(argument) = args.get(param as usize) else { return Some(site) };
        let sink_self = self.analysis.contexts[site.sink.index()].self_ty.as_ref();
        if let (Ty::Adt(passed, _), Some(Ty::Adt(implemented, _))) = (&argument.ty, sink_self) {
            if passed != implemented {
                return None;
            }
        }
        Some(SinkSite { dispatch_param: whole_parameter(argument), ..site })
    }

    fn apply_reads(&mut self, call: &Applied<'_>, args: &[Value], call_step: &Step) {
        let callee = call.callee;
        for ((index, path), trace) in &call.summary.reads {
            let label = Label::Param(*index, path.as_slice().into());
            let substituted = self.substitute_label(&label, trace, args, callee, call_step);
            for (label, trace) in substituted {
                match label {
                    Label::Param(index, path) => {
                        self.out.summary.reads.entry((index, path.to_vec())).or_insert(trace);
                    }
                    Label::Source(field) if self.is_sink => self.out.sink_uses.push((field, trace)),
                    Label::Source(_) => {}
                }
            }
        }
    }

    /// The callee calls some of its parameters: an inline closure passed there runs with the
    /// (substituted) arguments the callee gives it; a parameter passed on is called in turn.
    fn apply_param_calls(
        &mut self,
        call: &Applied<'_>,
        args: &[Value],
        places: &[Option<&Expr>],
        call_step: &Step,
    ) {
        let callee = call.callee;
        for (param, arguments) in &call.summary.param_calls {
            let Some(Some(place)) = places.get(*param as usize) else { continue };
            if matches!(place.kind, ExprKind::Closure { .. }) {
                // Already run, once, before the summaries were applied.
                continue;
            }
            let arguments: Vec<Value> = arguments
                .iter()
                .map(|value| self.substitute_value(value, args, callee, call_step))
                .collect();
            match &place.kind {
                ExprKind::Path(path) => self.call_parameter_argument(path, arguments, place.span),
                ExprKind::PassThrough { inner, .. } => {
                    if let ExprKind::Path(path) = &inner.kind {
                        self.call_parameter_argument(path, arguments, place.span);
                    }
                }
                _ => {}
            }
        }
    }

    /// A function item or a received closure passed where the callee calls it.
    fn call_parameter_argument(&mut self, path: &PathRef, arguments: Vec<Value>, site: Span) {
        if let Some(candidates) = self.function_item(path) {
            let none: Vec<Option<&Expr>> = vec![None; arguments.len()];
            self.call_functions(&candidates, arguments, &none, site, Dispatch::Exact);
        } else if let Some(local) = path.as_ident().and_then(|name| self.env.get(name)).cloned() {
            for outer in called_parameters(&local) {
                let recorded = self.out.summary.param_calls.entry(outer).or_default();
                super::summary::join_arguments(recorded, &arguments);
            }
        }
    }

    fn apply_writes(
        &mut self,
        call: &Applied<'_>,
        args: &[Value],
        places: &[Option<&Expr>],
        call_step: &Step,
    ) {
        let callee = call.callee;
        // What a sink method stores into its own state (`self.keys.push(key)`) has reached the
        // sink at this call and is reported here; carried on in the receiver, it would be
        // reported again at every later call on that receiver, whatever that call passes.
        let own_state_of_sink = self.analysis.is_sink(callee)
            && self.analysis.program().function(callee).signature.self_param.is_some();
        for ((index, path), taint) in &call.summary.writes {
            if own_state_of_sink && *index == 0 {
                continue;
            }
            let Some(Some(place_expr)) = places.get(*index as usize) else {
                continue;
            };
            let Some(mut place) = self.place(place_expr) else {
                continue;
            };
            let mut written = TaintSet::new();
            for (label, trace) in taint {
                join_taint(
                    &mut written,
                    &self.substitute_label(label, trace, args, callee, call_step),
                );
            }
            place.path.extend(path.iter().cloned());
            // A parameter stored whole (a callback kept in a field) keeps the closures it may be.
            let mut written = Value::from_taint(written);
            for label in taint.keys() {
                if let Label::Param(index, path) = label {
                    if path.is_empty() {
                        let closures = args.get(*index as usize).map(Value::all_closures);
                        written.closures.extend(closures.into_iter().flatten());
                    }
                }
            }
            self.write(Place { strong: false, ..place }, written, true);
        }
    }

    /// Data entering a sink: every argument's own data, and the parts of each argument the sink
    /// reads (all of it when the sink has no body to look into).
    fn sink_call(&mut self, sink: FnId, args: &[Value], site: Span, assumed: Option<u16>) {
        let dispatch_param = assumed.and_then(|_| args.first()).and_then(whole_parameter);
        let site = SinkSite {
            span: self.macro_site.unwrap_or(site),
            sink,
            caller: self.function,
            assumed,
            dispatch_param,
        };
        self.out.sinks_called.insert(sink);
        let has_body = self.analysis.program().function(sink).body.is_some();
        let reads: Vec<(u16, AccessPath)> =
            self.analysis.summaries[sink.index()].reads.keys().cloned().collect();
        for (index, arg) in args.iter().enumerate() {
            // A collection's elements enter with it.
            let mut entering = arg.taint.clone();
            if let Some(elements) = elements(arg) {
                join_taint(&mut entering, &elements.deep_taint());
            }
            if has_body {
                for (_, path) in reads.iter().filter(|(param, _)| *param as usize == index) {
                    let part = self.project_path(arg, path, site.span);
                    // A sink that consumes a parameter whole reads every field of it.
                    let part_taint = if path.is_empty() {
                        self.implied(&part, Whole::Everything)
                    } else {
                        part.deep_taint()
                    };
                    join_taint(&mut entering, &part_taint);
                }
            } else {
                join_taint(&mut entering, &self.implied(arg, Whole::Everything));
            }
            for (label, trace) in entering {
                self.emit(label, trace, site);
            }
        }
    }

    fn emit(&mut self, label: Label, trace: Trace, site: SinkSite) {
        match label {
            Label::Source(field) => {
                let name = &self.analysis.program().function(site.sink).name;
                let trace = trace.push(Step {
                    span: site.span,
                    message: format!("reaches `{name}` here").into(),
                });
                self.out.flows.push(Flow {
                    field,
                    sink: site.sink,
                    assumed: site.assumed,
                    function: site.caller,
                    site: site.span,
                    trace,
                    kind: FlowKind::CallSite,
                });
            }
            label @ Label::Param(..) => {
                self.out.summary.sink_reaches.entry((label, site)).or_insert(trace);
            }
        }
    }

    fn macro_call(&mut self, call: &MacroCall, span: Span) -> Value {
        if call.kind != MacroKind::Other {
            self.out.coverage.macros_modelled += 1;
        }
        let values: Vec<Value> = call.args.iter().map(|arg| self.expr(arg)).collect();
        for value in &values {
            self.use_value(value);
        }
        let name = call.path.last_name().map(|name| name.to_string()).unwrap_or_default();
        // What a formatting macro prints of a value: what `Display` prints when no placeholder
        // asks for `Debug`.
        let whole = if call.displays_only { Whole::Displayed } else { Whole::Formatted };
        match call.kind {
            MacroKind::Value if name == "vec" => sequence_of_values(&values),
            MacroKind::Value => {
                let mut taint = TaintSet::new();
                for value in &values {
                    join_taint(&mut taint, &self.implied(value, whole));
                }
                with_step(Value::from_taint(taint), span, &format!("formatted by `{name}!`"))
            }
            MacroKind::Write => {
                let mut taint = TaintSet::new();
                for value in values.iter().skip(1) {
                    join_taint(&mut taint, &self.implied(value, whole));
                }
                if let Some(destination) = call.args.first().and_then(|arg| self.place(arg)) {
                    let value =
                        with_step(Value::from_taint(taint), span, &format!("written by `{name}!`"));
                    self.write(Place { strong: false, ..destination }, value, true);
                }
                Value::default()
            }
            MacroKind::Output => {
                for value in &values {
                    self.consume(value, whole);
                }
                Value::default()
            }
            MacroKind::Other => self.other_macro(call, &name, values, span),
        }
    }

    /// A macro defined in the workspace is evaluated as the body it expands to, with its
    /// fragments bound to the invocation's arguments; its sink calls are located at the invocation.
    fn other_macro(
        &mut self,
        call: &MacroCall,
        name: &str,
        values: Vec<Value>,
        span: Span,
    ) -> Value {
        let all_rules = self.analysis.macro_expansions(self.function, name);
        // Rules whose literal tokens start the invocation (`dispatch!(sms: ..)` takes the `sms:`
        // rule); when none matches, every rule is assumed.
        let matching: Vec<&crate::model::MacroExpansion> = all_rules
            .iter()
            .filter(|rule| {
                !rule.literal_prefix.is_empty()
                    && call.leading_tokens.starts_with(&rule.literal_prefix)
            })
            .collect();
        let expansions: Vec<&crate::model::MacroExpansion> =
            if matching.is_empty() { all_rules.iter().collect() } else { matching };
        let over_bounds = self.macro_depth >= MAX_MACRO_DEPTH
            || self.macro_expansions + expansions.len() > MAX_MACRO_EXPANSIONS;
        if expansions.is_empty() || over_bounds {
            if !call.parsed || expansions.is_empty() {
                self.out.coverage.macros_unmodelled += 1;
            }
            let mut taint = TaintSet::new();
            for value in &values {
                join_taint(&mut taint, &value.deep_taint());
            }
            return Value::from_taint(taint);
        }
        let mut all = Value::default();
        for value in &values {
            all.join(value);
        }
        let saved_site = self.macro_site;
        self.macro_site = Some(saved_site.unwrap_or(span));
        self.macro_depth += 1;
        self.macro_expansions += expansions.len();
        self.out.coverage.macros_modelled += 1;
        let mut result = Value::default();
        for expansion in expansions {
            self.env.push();
            for (index, fragment) in expansion.fragments.iter().enumerate() {
                let value = if expansion.fragments.len() == values.len() {
                    values[index].clone()
                } else {
                    all.clone()
                };
                self.env.declare(fragment.clone(), value);
            }
            let value = self.block(&expansion.body);
            result.join(&value);
            self.env.pop();
        }
        self.macro_depth -= 1;
        self.macro_site = saved_site;
        result
    }
}

/// The summary value without annotated data that the callee read from its own parameters.
fn without_parameter_reads(value: &Value) -> Value {
    let mut out = value.clone();
    out.taint.retain(|label, trace| !(matches!(label, Label::Source(_)) && trace.from_parameter()));
    out.fields = value
        .fields
        .iter()
        .map(|(member, field)| (member.clone(), without_parameter_reads(field)))
        .collect();
    out
}

/// The cells of the value and of each field on the way down `path`, each with how many members
/// of the path lead to it: a write through the path lands in all of them, at the rest of the path.
fn cells_along(value: &Value, path: &[Member]) -> Vec<(Cell, usize)> {
    let mut cells: Vec<(Cell, usize)> = value.cell.into_iter().map(|cell| (cell, 0)).collect();
    let mut current = value;
    for (depth, member) in path.iter().enumerate() {
        match current.fields.get(member) {
            Some(next) => {
                cells.extend(next.cell.map(|cell| (cell, depth + 1)));
                current = next;
            }
            None => break,
        }
    }
    cells
}

fn peel_collections(ty: &Ty) -> &Ty {
    match ty {
        Ty::Seq(elem) | Ty::Wrapped(elem) => peel_collections(elem),
        other => other,
    }
}

/// The parameter a value is, whole (not a part of it), when it is exactly one.
fn whole_parameter(value: &Value) -> Option<u16> {
    let mut wholes = value.taint.keys().filter_map(|label| match label {
        Label::Param(index, path) if path.is_empty() => Some(*index),
        _ => None,
    });
    let first = wholes.next()?;
    wholes.next().is_none().then_some(first)
}

/// The parameters a value is (a closure or function received as an argument).
/// The closure written in place as argument `index`: its parameters, body and span.
fn inline_closure<'e>(
    places: &[Option<&'e Expr>],
    index: usize,
) -> Option<(&'e [Pat], &'e Expr, Span)> {
    match places.get(index) {
        Some(Some(Expr { kind: ExprKind::Closure { params, body }, span, .. })) => {
            Some((params.as_slice(), body, *span))
        }
        _ => None,
    }
}

/// Whether a callee passes the closure at `index` what another closure still to run returns.
fn given_other_closures(applied: &[Applied<'_>], index: usize, pending: &[usize]) -> bool {
    let others = |label: &Label| matches!(label, Label::Param(param, _) if *param as usize != index && pending.contains(&(*param as usize)));
    applied
        .iter()
        .filter_map(|call| call.summary.param_calls.get(&(index as u16)))
        .flatten()
        .any(|value| value.deep_taint().keys().any(others))
}

fn called_parameters(value: &Value) -> Vec<u16> {
    value
        .taint
        .keys()
        .filter_map(|label| match label {
            Label::Param(index, path) if path.is_empty() => Some(*index),
            _ => None,
        })
        .collect()
}

fn parameter_value(index: u16, ty: Ty) -> Value {
    let mut value = Value::typed(ty);
    value.taint.insert(Label::Param(index, LabelPath::default()), Trace::default());
    value
}

fn is_projection_of(label: &Label, index: u16, path: &[Member]) -> bool {
    matches!(label, Label::Param(param, label_path) if *param == index && path.starts_with(label_path))
}

fn value_trace_at(value: &Value, path: &[Member], label: &Label) -> Trace {
    let mut current = value;
    for member in path {
        match current.fields.get(member) {
            Some(next) => current = next,
            None => break,
        }
    }
    current.taint.get(label).cloned().unwrap_or_default()
}

/// Adds a step to the trace of every label in the value.
fn with_step(mut value: Value, span: Span, message: &str) -> Value {
    if value.is_clean() {
        return value;
    }
    let step = Step { span, message: message.into() };
    map_traces(&mut value, &|trace: &Trace| trace.push(step.clone()));
    value
}

fn map_traces(value: &mut Value, f: &dyn Fn(&Trace) -> Trace) {
    for trace in value.taint.traces_mut() {
        *trace = f(trace);
    }
    for field in value.fields.values_mut() {
        map_traces(field, f);
    }
}

/// The value of one element when iterating over `value`.
/// Where a map value keeps what was inserted as keys and as values (names no field can have).
const MAP_KEYS: &str = "{keys}";
const MAP_VALUES: &str = "{values}";

/// The map whose entry's value `call` gives: `map` in `map.entry(key).or_default()`.
fn entry_value(call: &MethodCall) -> Option<&Expr> {
    let inserts = matches!(
        &*call.method,
        "or_default" | "or_insert" | "or_insert_with" | "or_insert_with_key"
    );
    match &call.receiver.kind {
        ExprKind::MethodCall(entry) if inserts && &*entry.method == "entry" => {
            Some(&entry.receiver)
        }
        _ => None,
    }
}

fn is_map_insert(method: &str, receiver: &Value) -> bool {
    method == "insert" && matches!(receiver.ty, Ty::Map(..))
}

/// What a map accessor gives: the values' data (or the keys'), and data stored into the whole map
/// by means that did not keep the two apart. `None` for other receivers and methods.
fn map_part_taint(method: &str, receiver: &Value) -> Option<TaintSet> {
    if !matches!(receiver.ty, Ty::Map(..)) {
        return None;
    }
    let other = match method {
        "values" | "values_mut" | "into_values" | "get" | "get_mut" | "remove" => MAP_KEYS,
        "keys" | "into_keys" => MAP_VALUES,
        _ => return None,
    };
    let mut taint = receiver.taint.clone();
    for (member, field) in &receiver.fields {
        if !matches!(member, Member::Named(name) if &**name == other) {
            join_taint(&mut taint, &field.deep_taint());
        }
    }
    Some(taint)
}

fn element_method_type(method: &str, receiver: &Ty, closure: &Ty) -> Ty {
    if let Ty::Map(key, value) = receiver {
        // Maps are looked up by key: accessors give the value, not a (key, value) pair.
        match method {
            "get" | "get_mut" | "remove" => return Ty::Wrapped(value.clone()),
            "entry" | "or_insert" | "or_insert_with" | "or_default" => return (**value).clone(),
            "values" | "values_mut" | "into_values" => return Ty::Seq(value.clone()),
            "keys" | "into_keys" => return Ty::Seq(key.clone()),
            _ => {}
        }
    }
    let element = match receiver {
        Ty::Seq(_) | Ty::Wrapped(_) | Ty::Map(..) => receiver.element(),
        other => other.clone(),
    };
    match method {
        "get" | "first" | "last" | "pop" | "pop_front" | "pop_back" | "next" | "next_back"
        | "peek" | "nth" | "front" | "back" | "remove" | "swap_remove" | "recv" | "try_recv"
        | "min" | "max" | "last_mut" | "first_mut" => Ty::Wrapped(Box::new(element)),
        "entry" | "or_insert" | "or_insert_with" | "or_default" => match receiver {
            Ty::Map(_, value) => (**value).clone(),
            _ => element,
        },
        "enumerate" => Ty::Seq(Box::new(Ty::Tuple(vec![Ty::Unknown, element]))),
        "values" | "into_values" => match receiver {
            Ty::Map(_, value) => Ty::Seq(value.clone()),
            _ => receiver.clone(),
        },
        "collect" if !closure.is_unknown() => Ty::Seq(Box::new(closure.clone())),
        _ => match receiver {
            Ty::Adt(..) | Ty::Unknown | Ty::Bounds(_) => Ty::Unknown,
            other => other.clone(),
        },
    }
}

/// The type an iterator adapter produces: the closure's results, or the receiver's own elements.
fn adapter_type(method: &str, receiver: &Ty, closure: &Ty) -> Ty {
    if let Ty::Wrapped(_) = receiver {
        // `Option` and `Result` combinators.
        return match method {
            "map" => Ty::Wrapped(Box::new(closure.clone())),
            "and_then" => closure.clone(),
            "filter" | "or" | "or_else" | "xor" => receiver.clone(),
            _ => Ty::Unknown,
        };
    }
    match method {
        "find" | "min_by_key" | "max_by_key" | "min_by" | "max_by" | "reduce" => {
            Ty::Wrapped(Box::new(receiver.element()))
        }
        "map" | "scan" => Ty::Seq(Box::new(closure.clone())),
        "filter_map" | "flat_map" => Ty::Seq(Box::new(closure.element())),
        "filter" | "inspect" | "chain" => match receiver {
            Ty::Seq(_) => receiver.clone(),
            _ => Ty::Unknown,
        },
        _ => Ty::Unknown,
    }
}

fn pattern_span(pat: &Pat) -> Span {
    match pat {
        Pat::Bind { span, .. } => *span,
        Pat::Typed { pat, .. } => pattern_span(pat),
        _ => Span::default(),
    }
}

/// A sequence of these values (an array literal, `vec![..]`): their join is its elements.
fn sequence_of_values(values: &[Value]) -> Value {
    let mut element = Value::default();
    for value in values {
        element.join(value);
    }
    let ty = Ty::Seq(Box::new(element.ty.clone()));
    sequence(element, TaintSet::new(), ty)
}

/// The element a storing method adds to a collection, for methods that add one whole value
/// (`push`, `push_back`, a set's `insert`) or the elements of another (`extend`, `append`).
fn stored_element(method: &str, args: &[Value]) -> Option<Value> {
    match (method, args) {
        ("push" | "push_back" | "push_front" | "insert", [element]) => Some(element.clone()),
        // A channel's sender: what is sent is an element of what the receiver yields.
        ("send" | "try_send" | "blocking_send" | "send_blocking" | "force_send", [element]) => {
            Some(element.clone())
        }
        ("extend" | "append" | "extend_from_slice", [other]) => Some(element_of(other)),
        _ => None,
    }
}

/// Iterator and collection methods that keep the structure of elements (see `elements`): the
/// result of `map`, `zip`, `iter`, `collect`, `first`... when it can be told, else `None` and the
/// method is modelled by its class. `closure` is what a closure argument returned, if one ran.
fn sequence_method(
    method: &str,
    receiver: &Value,
    closure: Option<&Value>,
    args: &[Value],
) -> Option<Value> {
    if map_part_taint(method, receiver).is_some() || matches!(receiver.ty, Ty::Wrapped(_)) {
        return None; // a map's parts, and `Option` combinators, are modelled by their class
    }
    let has_elements = elements(receiver).is_some();
    let ty = adapter_type(method, &receiver.ty, &closure.map(|c| c.ty.clone()).unwrap_or_default());
    let element = match method {
        "map" => closure?.clone(),
        "filter_map" => {
            let mut element = closure?.clone();
            element.ty = element.ty.unwrapped();
            element
        }
        "flat_map" => element_of(closure?),
        "zip" => pair(element_of(receiver), element_of(args.first()?)),
        "chain" => {
            let mut element = element_of(receiver);
            element.join(&element_of(args.first()?));
            element
        }
        "enumerate" => pair(Value::default(), element_of(receiver)),
        "flatten" if has_elements => element_of(&element_of(receiver)),
        "chunks" | "chunks_exact" | "windows" if has_elements => {
            let element = element_of(receiver);
            let ty = Ty::Seq(Box::new(element.ty.clone()));
            sequence(element, TaintSet::new(), ty)
        }
        "iter" | "iter_mut" | "into_iter" | "drain" | "rev" | "skip" | "step_by" | "collect"
        | "peekable" | "fuse" | "cycle" | "skip_while" | "take_while" | "filter" | "sorted"
        | "split_off" | "to_vec" | "take" | "cloned" | "copied" | "by_ref"
            if has_elements =>
        {
            element_of(receiver)
        }
        "get" | "get_mut" | "first" | "last" | "first_mut" | "last_mut" | "pop" | "pop_front"
        | "pop_back" | "next" | "next_back" | "peek" | "nth" | "front" | "back" | "remove"
        | "swap_remove" | "find" | "min" | "max" | "min_by_key" | "max_by_key" | "recv"
        | "try_recv" | "recv_timeout" | "blocking_recv"
            if has_elements && args.iter().all(Value::is_clean) =>
        {
            let mut element = element_of(receiver);
            element.ty = Ty::Wrapped(Box::new(element.ty));
            return Some(element);
        }
        _ => return None,
    };
    // What a closure read to decide (`filter`, `skip_while`) stays with the collection as a whole.
    let mut outside = match method {
        "map" | "filter_map" | "flat_map" => TaintSet::new(),
        _ => outside_elements(receiver),
    };
    if let (Some(closure), false) = (closure, matches!(method, "map" | "filter_map" | "flat_map")) {
        join_taint(&mut outside, &closure.deep_taint());
    }
    let ty = if ty.is_unknown() { Ty::Seq(Box::new(element.ty.clone())) } else { ty };
    Some(sequence(element, outside, ty))
}

/// A tuple of two values, as `zip` and `enumerate` yield.
fn pair(first: Value, second: Value) -> Value {
    let ty = Ty::Tuple(vec![first.ty.clone(), second.ty.clone()]);
    let mut value = Value::typed(ty);
    value.fields.insert(Member::Index(0), first);
    value.fields.insert(Member::Index(1), second);
    value
}

/// The field of a struct that a write through `target` (a parameter) at `path` stores into.
fn shared_field(target: &Value, path: &[Member]) -> Option<SharedField> {
    let member = path.first()?;
    let received =
        target.taint.keys().any(|label| matches!(label, Label::Param(_, p) if p.is_empty()));
    match &target.ty {
        Ty::Adt(adt, _) if received => Some((*adt, member.clone())),
        _ => None,
    }
}
