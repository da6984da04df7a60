//! The fixed point over the call graph: functions are evaluated in waves, and a function whose
//! summary changed sends its callers to a later wave.
//!
//! The first wave evaluates every function once, which reveals who calls whom. After that each
//! round takes the queued functions of the lowest level of the call graph (see
//! [`super::schedule`]), in the schedule's order, a wave of at most `MAX_WAVE` at a time. The
//! functions of one wave are evaluated in parallel against the same summaries and their outcomes
//! are applied in function order, so the result does not depend on the number of threads.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rayon::prelude::*;

use crate::model::{FnId, Span, StaticId};

use super::eval::{Evaluator, Outcome};
use super::relevance::Relevance;
use super::schedule::{self, Priority};
use super::taint::join_taint;
use super::value::{FieldKey, Trace, Value};
use super::{Analysis, Coverage, Flow, FlowStats, SharedField, panic_text};

/// Most evaluations of one function before the fixed point is declared out of reach.
const MAX_EVALUATIONS_PER_FUNCTION: usize = 24;
/// After how many evaluations a function's summary is widened, and to what depth (see
/// `Summary::widen`): most functions reach their fixed point in one to three evaluations; those
/// in cycles of calls keep one field of each parameter, then only whole parameters.
const WIDENING: [(usize, usize); 2] = [(4, 1), (8, 0)];
/// The widening of functions in a cycle of at least `LARGE_CYCLE` functions. Such a cycle (every
/// `poll` of an async code base that may call every other) passes a change on one call per round,
/// and its summaries grew for a dozen rounds, each costlier than the last: four fifths of the flow
/// phase on tokio went to 350 functions of one cycle. Widened sooner, it settles in about half
/// the rounds; small cycles, such as a recursive walk over a tree, keep their fields longer.
const LARGE_CYCLE_WIDENING: [(usize, usize); 2] = [(3, 1), (5, 0)];
const LARGE_CYCLE: u32 = 16;
/// Most functions of one level evaluated together. A wave reads the summaries as they were before
/// it, so a large cycle evaluated in one wave carried a change one call further per wave; in parts,
/// later parts see what earlier ones found. Parts this large still keep every core busy.
const MAX_WAVE: usize = 64;
/// Work (see `Evaluator::spend`) the whole fixed point may do per function with a body. Real code
/// bases need a few hundred to a few thousand; an async code base where every `poll` may call every
/// other needed hundreds of thousands. Past it, what is still queued is reported as cut short.
const WORK_PER_FUNCTION: u64 = 5_000;
/// The least work budget, so that a small workspace with a few heavy functions is never cut short.
const MIN_WORK: u64 = 20_000_000;

/// What the evaluations so far have found, and who must be evaluated again.
pub struct Fixpoint {
    evaluations: Vec<usize>,
    callees: Vec<Vec<u32>>,
    /// The size of each function's cycle of calls (1 outside any), as far as calls are known.
    cycle_sizes: Vec<u32>,
    callers: HashMap<FnId, BTreeSet<FnId>>,
    static_readers: HashMap<StaticId, BTreeSet<FnId>>,
    field_readers: HashMap<SharedField, BTreeSet<FnId>>,
    pub flows: BTreeMap<(FieldKey, Span, FnId), Flow>,
    pub sink_uses: BTreeMap<FnId, Vec<(FieldKey, Trace)>>,
    pub sinks_called: BTreeSet<FnId>,
    pub stats: FlowStats,
    pub bound_hit: BTreeSet<FnId>,
    pub coverage: Vec<Coverage>,
    relevance: Relevance,
    /// Whether each function's last evaluation met annotated data.
    saw_annotated: Vec<bool>,
    /// The functions with a body, the only ones evaluated.
    evaluable: Vec<bool>,
    /// An evaluation found a call the levels do not know of yet.
    graph_grew: bool,
    /// Work done by all evaluations so far, and how much they may do.
    work_done: u64,
    work_budget: u64,
}

impl Fixpoint {
    pub fn new(functions: usize) -> Fixpoint {
        Fixpoint {
            evaluations: vec![0; functions],
            callees: vec![Vec::new(); functions],
            cycle_sizes: vec![1; functions],
            callers: HashMap::new(),
            static_readers: HashMap::new(),
            field_readers: HashMap::new(),
            flows: BTreeMap::new(),
            sink_uses: BTreeMap::new(),
            sinks_called: BTreeSet::new(),
            stats: FlowStats::default(),
            bound_hit: BTreeSet::new(),
            coverage: vec![Coverage::default(); functions],
            relevance: Relevance::new(functions),
            saw_annotated: vec![false; functions],
            evaluable: vec![false; functions],
            graph_grew: false,
            work_done: 0,
            work_budget: MIN_WORK,
        }
    }

    /// Evaluates `functions` until no summary that can matter to a finding changes (see
    /// [`super::relevance`]).
    pub fn run(&mut self, analysis: &mut Analysis<'_, '_>, functions: Vec<FnId>) {
        self.stats.functions = functions.len();
        self.work_budget = MIN_WORK.max(WORK_PER_FUNCTION * functions.len() as u64);
        for id in &functions {
            self.evaluable[id.index()] = true;
        }
        for index in 0..self.evaluable.len() {
            let id = FnId(index as u32);
            if analysis.is_sink(id) || analysis.evaluates_everything() {
                self.relevance.seed(id);
            }
        }
        let again = self.wave(analysis, functions);
        let mut priorities = self.reschedule();
        self.graph_grew = false;
        // Ordered by priority, so the next round is at the front.
        let mut queue: BTreeSet<(Priority, FnId)> =
            again.into_iter().map(|id| (priorities[id.index()], id)).collect();
        while let Some(&((lowest, _), _)) = queue.first() {
            let mut round = Vec::new();
            while queue.first().is_some_and(|((level, _), _)| *level == lowest) {
                round.extend(queue.pop_first().map(|(_, id)| id));
            }
            let again = self.round(analysis, &round);
            if self.work_done > self.work_budget {
                self.bound_hit.extend(queue.iter().map(|(_, id)| *id));
                self.bound_hit.extend(again);
                return;
            }
            if self.graph_grew {
                priorities = self.reschedule();
                self.graph_grew = false;
                queue = queue.into_iter().map(|(_, id)| (priorities[id.index()], id)).collect();
            }
            queue.extend(again.into_iter().map(|id| (priorities[id.index()], id)));
        }
    }

    /// The priorities of the call graph as far as it is known, and the size of each function's
    /// cycle.
    fn reschedule(&mut self) -> Vec<Priority> {
        let schedule = schedule::schedule(&self.callees);
        self.cycle_sizes = schedule.cycle_sizes;
        schedule.priorities
    }

    /// Evaluates the queued functions of one level a wave at a time, in order; returns the
    /// functions to evaluate again, with those the work budget left unevaluated. A function whose
    /// callee changed in an earlier wave of the round, and that comes later in it, sees the change
    /// when its own wave comes and is not queued again.
    fn round(&mut self, analysis: &mut Analysis<'_, '_>, round: &[FnId]) -> BTreeSet<FnId> {
        let mut pending: HashSet<FnId> = round.iter().copied().collect();
        let mut again = BTreeSet::new();
        for (index, wave) in round.chunks(MAX_WAVE).enumerate() {
            if self.work_done > self.work_budget {
                again.extend(round[index * MAX_WAVE..].iter().copied());
                break;
            }
            for id in wave {
                pending.remove(id);
            }
            let changed = self.wave(analysis, wave.to_vec());
            again.extend(changed.into_iter().filter(|id| !pending.contains(id)));
        }
        again
    }

    /// Evaluates one wave in parallel; returns the functions to evaluate again.
    fn wave(&mut self, analysis: &mut Analysis<'_, '_>, functions: Vec<FnId>) -> BTreeSet<FnId> {
        let (runnable, exhausted): (Vec<FnId>, Vec<FnId>) = functions
            .into_iter()
            .partition(|id| self.evaluations[id.index()] < MAX_EVALUATIONS_PER_FUNCTION);
        self.bound_hit.extend(exhausted);
        let shared: &Analysis<'_, '_> = analysis;
        let outcomes: Vec<(FnId, std::thread::Result<Outcome>)> = runnable
            .into_par_iter()
            .map(|id| {
                let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    shared.panic_if_injected(id);
                    Evaluator::run(shared, id)
                }));
                (id, attempt)
            })
            .collect();
        let mut changed = Changed::default();
        for (id, attempt) in outcomes {
            self.evaluations[id.index()] += 1;
            self.work_done += attempt.as_ref().map_or(0, |outcome| outcome.work);
            self.stats.evaluations += 1;
            match attempt {
                Ok(outcome) => {
                    if outcome.exhausted {
                        // What it found so far still counts; it is not evaluated again, and it
                        // is reported like a function whose fixed point was cut short.
                        self.evaluations[id.index()] = MAX_EVALUATIONS_PER_FUNCTION;
                        self.bound_hit.insert(id);
                    }
                    self.apply(analysis, id, outcome, &mut changed);
                }
                Err(panic) => self.stats.internal_errors.push((id, panic_text(&panic))),
            }
        }
        if !changed.summaries.is_empty() {
            analysis.summaries_changed();
        }
        self.again_after(&changed)
    }

    /// Who goes again after a wave. Every function of the wave read the summaries as they were
    /// before it, so the callers of a changed summary go again (also those the wave itself just
    /// revealed) when they can matter to a finding: relevant callers (see [`super::relevance`]),
    /// callers that met annotated data (they may store it where a relevant function reads it),
    /// and callers of a summary that hands them annotated data. Readers of shared state that grew
    /// go again in any case: it may hold annotated data, or a closure that calls a sink.
    fn again_after(&mut self, changed: &Changed) -> BTreeSet<FnId> {
        let newly_relevant = self.relevance.update(&self.callees);
        let mut again: BTreeSet<FnId> =
            newly_relevant.into_iter().filter(|id| self.evaluable[id.index()]).collect();
        for id in &changed.summaries {
            let carries = changed.carrying.contains(id);
            let callers = self.callers.get(id).into_iter().flatten().copied();
            again.extend(callers.filter(|caller| {
                carries || self.saw_annotated[caller.index()] || self.relevance.is_relevant(*caller)
            }));
        }
        let readers = changed.statics.iter().filter_map(|id| self.static_readers.get(id));
        let field_readers = changed.fields.iter().filter_map(|field| self.field_readers.get(field));
        again.extend(readers.chain(field_readers).flatten().copied());
        again
    }

    fn apply(
        &mut self,
        analysis: &mut Analysis<'_, '_>,
        function: FnId,
        outcome: Outcome,
        changed: &mut Changed,
    ) {
        self.coverage[function.index()] = outcome.coverage;
        self.saw_annotated[function.index()] = outcome.saw_annotated;
        for callee in &outcome.callees {
            if self.callers.entry(*callee).or_default().insert(function) {
                self.callees[function.index()].push(callee.0);
                self.graph_grew = true;
                self.relevance.graph_grew();
            }
        }
        for id in &outcome.statics_read {
            self.static_readers.entry(*id).or_default().insert(function);
        }
        for (id, closures) in &outcome.static_closures {
            let state = &mut analysis.statics[id.index()];
            let before = state.closures.len();
            state.closures.extend(closures.iter().copied());
            if state.closures.len() != before {
                changed.statics.insert(*id);
            }
        }
        for (id, taint) in &outcome.statics_written {
            let state = &mut analysis.statics[id.index()];
            let before = state.taint.len();
            join_taint(&mut state.taint, taint);
            if state.taint.len() != before {
                changed.statics.insert(*id);
            }
        }
        for field in &outcome.fields_read {
            self.field_readers.entry(field.clone()).or_default().insert(function);
        }
        for (field, stored) in &outcome.fields_written {
            let state = analysis.shared_fields.entry(field.clone()).or_default();
            let before = (state.taint.len(), state.closures.len());
            join_taint(&mut state.taint, &stored.taint);
            state.closures.extend(stored.closures.iter().copied());
            if (state.taint.len(), state.closures.len()) != before {
                changed.fields.insert(field.clone());
            }
        }
        self.sinks_called.extend(outcome.sinks_called.iter().copied());
        for flow in outcome.flows {
            self.flows.entry((flow.field.clone(), flow.site, flow.sink)).or_insert(flow);
        }
        if analysis.is_sink(function) {
            self.sink_uses.insert(function, outcome.sink_uses);
        }
        let mut summary = outcome.summary;
        if analysis.program().function(function).declassified.is_some() {
            // A declassifier's result no longer carries the purposes of what went in.
            summary.ret = Value::typed(summary.ret.ty.clone());
        }
        let old = &analysis.summaries[function.index()];
        summary.absorb(old);
        // Bounding after joining keeps every stored summary within bounds; a parameter's paths only
        // fold further as they grow, so this still only grows and terminates.
        summary.bound();
        let evaluations = self.evaluations[function.index()];
        let widening = if self.cycle_sizes[function.index()] >= LARGE_CYCLE {
            &LARGE_CYCLE_WIDENING
        } else {
            &WIDENING
        };
        if let Some((_, depth)) = widening.iter().rev().find(|(after, _)| evaluations >= *after) {
            summary.widen(*depth);
        }
        let shape = summary.shape();
        if shape != old.shape() {
            changed.summaries.push(function);
            if shape.carries_annotated_data() {
                changed.carrying.insert(function);
            }
            analysis.summaries[function.index()] = summary;
        }
    }
}

/// What one wave changed.
#[derive(Default)]
struct Changed {
    summaries: Vec<FnId>,
    /// Changed summaries that hand annotated data to their callers.
    carrying: BTreeSet<FnId>,

    statics: BTreeSet<StaticId>,
    fields: BTreeSet<SharedField>,
}
