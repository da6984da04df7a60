//! Data flow: per-function summaries composed over the call graph to a fixed point, and the flows
//! from annotated fields to annotated functions that they reveal.
//!
//! No I/O happens here and nothing here panics on odd input: every bound (loop rounds, access-path
//! depth, macro depth, evaluations per function) is a constant, and hitting the evaluation bound is
//! reported in [`FlowStats`] rather than silently accepted.

mod closures;
mod elements;
mod eval;
mod fixpoint;
mod relevance;
mod schedule;
mod std_model;
pub mod summary;
mod taint;
pub mod value;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use crate::model::{Annotation, Container, FnId, MacroExpansion, Member, Program, Span};
use crate::resolve::{FnContext, Resolver, Ty};

use fixpoint::Fixpoint;
use summary::Summary;
use value::{FieldKey, Trace, Value};

/// Data from an annotated field reaching an annotated function.
#[derive(Clone, Debug)]
pub struct Flow {
    pub field: FieldKey,
    pub sink: FnId,
    /// The function the primary location is in.
    pub function: FnId,
    /// Reached through an assumed dispatch among this many candidates (see `SinkSite`).
    pub assumed: Option<u16>,
    /// The primary location: the sink call, or the read inside a sink (see [`FlowKind`]).
    pub site: Span,
    pub trace: Trace,
    pub kind: FlowKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FlowKind {
    /// The data enters the sink at a call site.
    CallSite,
    /// The sink reads the data itself (no caller in the workspace, or not from its parameters).
    ReadInSink,
}

/// Counts of calls, method calls and macro invocations by how the analysis handled them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Calls by path to a workspace function.
    pub calls_resolved: u32,
    /// Calls by path to code outside the workspace, modelled by what std-like calls do.
    pub calls_external: u32,
    /// Method calls whose receiver's type chose the workspace method.
    pub methods_resolved: u32,
    /// Method calls dispatched through a trait or, with an unknown receiver, by name: every
    /// candidate was assumed.
    pub methods_assumed: u32,
    /// Method calls with no workspace candidate, modelled by what std-like methods do.
    pub methods_external: u32,
    /// Standard macros read as their arguments, and workspace `macro_rules!` expanded.
    pub macros_modelled: u32,
    /// Other macros: their arguments are assumed to flow into their result.
    pub macros_unmodelled: u32,
}

impl Coverage {
    pub fn add(&mut self, other: &Coverage) {
        self.calls_resolved += other.calls_resolved;
        self.calls_external += other.calls_external;
        self.methods_resolved += other.methods_resolved;
        self.methods_assumed += other.methods_assumed;
        self.methods_external += other.methods_external;
        self.macros_modelled += other.macros_modelled;
        self.macros_unmodelled += other.macros_unmodelled;
    }
}

/// How much of the program the analysis could see.
#[derive(Clone, Debug, Default)]
pub struct FlowStats {
    pub functions: usize,
    pub evaluations: usize,
    /// What the analysis could see, per crate (indexed by `CrateId`).
    pub coverage: Vec<Coverage>,
    /// Functions whose summary was still changing when the evaluation bound stopped them.
    pub bound_hit: Vec<FnId>,
    /// Functions whose analysis failed with an internal error; the rest was still analysed.
    pub internal_errors: Vec<(FnId, String)>,
}

pub struct FlowResult {
    pub flows: Vec<Flow>,
    /// Every sink some call in the workspace reaches (with annotated data or not).
    pub sinks_called: BTreeSet<FnId>,
    pub stats: FlowStats,
}

/// The tables an evaluation reads: resolution, current summaries and global state.
/// How to run the analysis.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// Functions of this name panic when evaluated. The panic is contained like any internal
    /// error; tests use it to show that the rest of the workspace is still checked.
    pub inject_panic_in: Option<&'a str>,
    /// Every function counts as relevant (see [`relevance`]): the whole fixed point is computed,
    /// also on code without annotations, where nothing can matter to a finding. For measuring the
    /// fixed point on real code.
    pub evaluate_everything: bool,
}

/// A field of a struct type, as one place for every value of the type. A service keeps state in a
/// struct that one function fills through `&mut self` and another reads through `&self`, and the
/// two rarely share a caller that holds the value: what is stored into the field through a
/// parameter is seen by every read of that field of a value received as a parameter. Values built
/// in the function that reads them are known exactly and do not need it.
pub type SharedField = (crate::model::AdtId, Member);

pub struct Analysis<'r, 'p> {
    resolver: &'r Resolver<'p>,
    inject_panic_in: Option<&'r str>,
    evaluate_everything: bool,
    sink_uses: Vec<Vec<Annotation>>,
    contexts: Vec<FnContext>,
    param_types: Vec<Vec<Ty>>,
    return_types: Vec<Ty>,
    field_types: HashMap<FieldKey, Ty>,
    summaries: Vec<Summary>,
    statics: Vec<Value>,
    /// Annotated data stored in a field of a struct through a parameter (`self.pending.push(..)`
    /// in a `&mut self` method), by the struct and field. See [`SharedField`].
    shared_fields: BTreeMap<SharedField, Value>,
    closures: closures::Closures<'p>,
    /// Merged summaries of the candidate sets of assumed calls, for the current wave: summaries
    /// change only between waves, so every function of a wave shares them.
    dispatch_summaries: Mutex<HashMap<Vec<FnId>, Arc<Summary>>>,
}

impl<'r, 'p> Analysis<'r, 'p> {
    fn new(resolver: &'r Resolver<'p>, options: &Options<'r>) -> Analysis<'r, 'p> {
        let program = resolver.program;
        let contexts: Vec<FnContext> = program.fn_ids().map(|id| resolver.fn_context(id)).collect();
        let mut param_types = Vec::new();
        let mut return_types = Vec::new();
        for id in program.fn_ids() {
            let function = program.function(id);
            let context = &contexts[id.index()];
            let mut types = Vec::with_capacity(
                usize::from(function.signature.self_param.is_some())
                    + function.signature.params.len(),
            );
            if function.signature.self_param.is_some() {
                types.push(context.self_ty.clone().unwrap_or_default());
            }
            types.extend(
                function
                    .signature
                    .params
                    .iter()
                    .map(|param| resolver.resolve_type(context, &param.ty)),
            );
            param_types.push(types);
            let ret = function
                .signature
                .ret
                .as_ref()
                .map(|ty| resolver.resolve_type(context, ty))
                .unwrap_or_default();
            return_types.push(ret);
        }
        let mut field_types = HashMap::new();
        for (adt_index, adt) in program.adts.iter().enumerate() {
            let context = FnContext {
                placeholders: adt.generics.clone(),
                ..FnContext::in_module(adt.module)
            };
            for (variant_index, variant) in adt.variants.iter().enumerate() {
                for field in &variant.fields {
                    let key = FieldKey {
                        adt: crate::model::AdtId(adt_index as u32),
                        variant: variant_index as u32,
                        member: field.member.clone(),
                    };
                    field_types.insert(key, resolver.resolve_type(&context, &field.ty));
                }
            }
        }
        let statics = program
            .statics
            .iter()
            .map(|item| {
                let context = FnContext::in_module(item.module);
                Value::typed(resolver.resolve_type(&context, &item.ty))
            })
            .collect();
        let closures = closures::Closures::new(resolver, &contexts);
        Analysis {
            resolver,
            inject_panic_in: options.inject_panic_in,
            evaluate_everything: options.evaluate_everything,
            sink_uses: sink_uses(resolver),
            contexts,
            param_types,
            return_types,
            field_types,
            summaries: vec![Summary::default(); program.functions.len()],
            statics,
            shared_fields: BTreeMap::new(),
            closures,
            dispatch_summaries: Mutex::default(),
        }
    }

    /// The summaries of `candidates` joined into one, bounded like any summary.
    fn dispatch_summary(&self, candidates: &[FnId]) -> Arc<Summary> {
        let cached = self.dispatch_summaries.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(merged) = cached.get(candidates) {
            return merged.clone();
        }
        // Merging without the lock lets other threads go on; two may merge the same set once.
        drop(cached);
        let merged = taint::uncounted(|| {
            let mut merged = Summary::default();
            for candidate in candidates {
                merged.absorb(&self.summaries[candidate.index()]);
            }
            merged.bound();
            Arc::new(merged)
        });
        let mut cached = self.dispatch_summaries.lock().unwrap_or_else(|p| p.into_inner());
        cached.insert(candidates.to_vec(), merged.clone());
        merged
    }

    /// Forgets the merged summaries once summaries have changed.
    fn summaries_changed(&mut self) {
        self.dispatch_summaries.get_mut().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// Panics when the options asked for a panic in `function`; see [`Options`].
    fn panic_if_injected(&self, function: FnId) {
        let name = &self.resolver.program.function(function).name;
        if self.inject_panic_in.is_some_and(|injected| **name == *injected) {
            panic!("panic injected into the analysis of `{name}` for testing");
        }
    }

    pub fn program(&self) -> &'p Program {
        self.resolver.program
    }

    /// Whether every function counts as relevant (see [`Options::evaluate_everything`]).
    pub fn evaluates_everything(&self) -> bool {
        self.evaluate_everything
    }

    pub fn is_sink(&self, function: FnId) -> bool {
        !self.sink_uses[function.index()].is_empty()
    }

    /// Where a value keeps the field `member` of enum variant `variant`: apart from the same
    /// field of the other variants (`Sms(0)` and `Email(0)`), so that a `match` arm binds only
    /// what its variant was built with. A struct's fields are kept under their own names.
    pub fn variant_member(
        &self,
        adt: crate::model::AdtId,
        variant: u32,
        member: &Member,
    ) -> Member {
        let data = self.program().adt(adt);
        match data.variants.get(variant as usize) {
            Some(variant) if data.is_enum => {
                Member::Named(format!("{}::{member}", variant.name).into())
            }
            _ => member.clone(),
        }
    }

    /// The variant and field a member made by [`Self::variant_member`] names, for an enum `adt`:
    /// a path of a summary (`Sms::0`) projected again at a caller.
    pub fn variant_of_member(
        &self,
        adt: crate::model::AdtId,
        member: &Member,
    ) -> Option<(u32, Member)> {
        let Member::Named(name) = member else { return None };
        let (variant_name, field) = name.split_once("::")?;
        let data = self.program().adt(adt);
        let variant = data.variants.iter().position(|variant| &*variant.name == variant_name)?;
        let field = match field.parse::<u32>() {
            Ok(index) => Member::Index(index),
            Err(_) => Member::Named(field.into()),
        };
        data.is_enum.then_some((variant as u32, field))
    }

    pub fn field_type(&self, adt: crate::model::AdtId, variant: u32, member: &Member) -> Ty {
        let key = FieldKey { adt, variant, member: member.clone() };
        self.field_types.get(&key).cloned().unwrap_or_default()
    }

    pub fn field_display(&self, key: &FieldKey) -> String {
        field_display(self.program(), key)
    }

    /// The expansions of the `macro_rules!` macro `name` visible from `function`'s crate.
    fn macro_expansions(&self, function: FnId, name: &str) -> &'p [MacroExpansion] {
        let program = self.program();
        let krate = program.module(program.function(function).module).krate;
        let candidates = program.macros.iter().filter(|item| &*item.name == name);
        let mut fallback = None;
        for item in candidates {
            if program.module(item.module).krate == krate {
                return &item.expansions;
            }
            fallback.get_or_insert(&item.expansions);
        }
        fallback.map(Vec::as_slice).unwrap_or_default()
    }
}

/// `User.phone`, `Contact::Sms.number` or `Phone.0`: how a field is named in messages.
pub fn field_display(program: &Program, key: &FieldKey) -> String {
    let adt = program.adt(key.adt);
    if adt.is_enum {
        let variant = &adt.variants[key.variant as usize].name;
        format!("{}::{}.{}", adt.name, variant, key.member)
    } else {
        format!("{}.{}", adt.name, key.member)
    }
}

/// The uses of every function (see [`uses_of`]).
fn sink_uses(resolver: &Resolver<'_>) -> Vec<Vec<Annotation>> {
    resolver.program.fn_ids().map(|id| uses_of(resolver, id)).collect()
}

/// The uses a function is annotated with: its own annotations, or those of the trait method it
/// implements.
pub fn uses_of(resolver: &Resolver<'_>, function: FnId) -> Vec<Annotation> {
    let program = resolver.program;
    let data = program.function(function);
    if !data.uses.is_empty() {
        return data.uses.clone();
    }
    let Container::Impl(impl_id) = data.container else {
        return Vec::new();
    };
    let Some(trait_id) = resolver.impl_trait(impl_id) else {
        return Vec::new();
    };
    program.traits[trait_id.index()]
        .functions
        .iter()
        .map(|declaration| program.function(*declaration))
        .find(|declaration| declaration.name == data.name)
        .map(|declaration| declaration.uses.clone())
        .unwrap_or_default()
}

/// The message of a caught panic.
pub fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

pub fn analyze(resolver: &Resolver<'_>, options: &Options<'_>) -> FlowResult {
    let mut analysis = Analysis::new(resolver, options);
    let program = resolver.program;
    let bodies = program.fn_ids().filter(|id| program.function(*id).body.is_some()).collect();
    let mut fixpoint = Fixpoint::new(program.functions.len());
    fixpoint.run(&mut analysis, bodies);
    let Fixpoint { mut flows, sink_uses, sinks_called, mut stats, bound_hit, coverage, .. } =
        fixpoint;

    for (sink, uses) in sink_uses {
        let has_callers = sinks_called.contains(&sink);
        for (field, trace) in uses {
            if has_callers && trace.from_parameter() {
                continue; // reported at each call site, where the argument enters
            }
            let Some(site) = trace.first_span() else {
                continue;
            };
            flows.entry((field.clone(), site, sink)).or_insert(Flow {
                field,
                sink,
                function: sink,
                assumed: None,
                site,
                trace,
                kind: FlowKind::ReadInSink,
            });
        }
    }
    stats.bound_hit = bound_hit.into_iter().collect();
    stats.coverage = vec![Coverage::default(); program.crates.len()];
    for id in program.fn_ids() {
        let krate = program.module(program.function(id).module).krate;
        if let Some(total) = stats.coverage.get_mut(krate.index()) {
            total.add(&coverage[id.index()]);
        }
    }
    FlowResult { flows: flows.into_values().collect(), sinks_called, stats }
}
