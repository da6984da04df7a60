//! Which functions can still matter to a finding, so that the fixed point evaluates only those
//! again after its first pass over every function.
//!
//! Annotated data reaches a sink through calls: the sink's callers, their callers, and so on (the
//! ancestors of the sinks) hand it over, and whatever those call computes it (their descendants).
//! A function that is neither cannot pass data to a sink through calls. It can through shared
//! state, by storing data into a static or into a field that a function nearer the sink reads;
//! but to store annotated data it must hold it, so the fixed point also evaluates again, relevant
//! or not, the functions that met annotated data and those a callee hands such data to (see
//! `Fixpoint::again_after`). Everything else keeps the summary of its first evaluation: in a
//! workspace without annotations that is every function, in an annotated service the part of
//! the code that neither reaches a sink nor touches annotated data.
//!
//! The call graph grows as evaluations reveal calls; each time, the relevant functions are
//! computed again, and those that became relevant are evaluated.

use crate::model::FnId;

pub struct Relevance {
    seeds: Vec<bool>,
    relevant: Vec<bool>,
    /// Seeds or calls were added since `relevant` was computed.
    stale: bool,
}

impl Relevance {
    /// Every function counts as relevant until the call graph is known.
    pub fn new(functions: usize) -> Relevance {
        Relevance { seeds: vec![false; functions], relevant: vec![true; functions], stale: true }
    }

    pub fn seed(&mut self, function: FnId) {
        if let Some(seed) = self.seeds.get_mut(function.index()) {
            self.stale |= !*seed;
            *seed = true;
        }
    }

    /// The call graph gained calls.
    pub fn graph_grew(&mut self) {
        self.stale = true;
    }

    pub fn is_relevant(&self, function: FnId) -> bool {
        self.relevant.get(function.index()).copied().unwrap_or(true)
    }

    /// Computes the relevant functions again if seeds or calls were added; returns those that
    /// were not relevant before.
    pub fn update(&mut self, callees: &[Vec<u32>]) -> Vec<FnId> {
        if !self.stale {
            return Vec::new();
        }
        self.stale = false;
        let ancestors = reach(&callers_of(callees), &self.seeds);
        let relevant = reach(callees, &ancestors);
        let newly = (0..relevant.len())
            .filter(|node| relevant[*node] && !self.relevant[*node])
            .map(|node| FnId(node as u32))
            .collect();
        self.relevant = relevant;
        newly
    }
}

fn callers_of(callees: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let mut callers = vec![Vec::new(); callees.len()];
    for (caller, called) in callees.iter().enumerate() {
        for callee in called {
            callers[*callee as usize].push(caller as u32);
        }
    }
    callers
}

/// The nodes reachable along `edges` from the nodes marked in `from`, those included.
fn reach(edges: &[Vec<u32>], from: &[bool]) -> Vec<bool> {
    let mut reached = from.to_vec();
    let mut stack: Vec<u32> = (0..from.len() as u32).filter(|node| from[*node as usize]).collect();
    while let Some(node) = stack.pop() {
        for next in &edges[node as usize] {
            if !reached[*next as usize] {
                reached[*next as usize] = true;
                stack.push(*next);
            }
        }
    }
    reached
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relevant(relevance: &Relevance) -> Vec<u32> {
        (0..relevance.relevant.len() as u32)
            .filter(|node| relevance.relevant[*node as usize])
            .collect()
    }

    #[test]
    fn sinks_their_ancestors_and_what_those_call_are_relevant() {
        // 0 calls 1 and 2, 1 calls the sink 3, 2 calls 4; 5 calls 2 and nothing that reaches 3.
        let callees = vec![vec![1, 2], vec![3], vec![4], vec![], vec![], vec![2]];
        let mut relevance = Relevance::new(callees.len());
        relevance.seed(FnId(3));
        assert!(relevance.update(&callees).is_empty());
        assert_eq!(relevant(&relevance), [0, 1, 2, 3, 4]);
        assert!(!relevance.is_relevant(FnId(5)));
    }

    #[test]
    fn a_new_seed_makes_its_ancestors_relevant() {
        let callees = vec![vec![1], vec![], vec![]];
        let mut relevance = Relevance::new(callees.len());
        relevance.seed(FnId(2));
        relevance.update(&callees);
        assert_eq!(relevant(&relevance), [2]);
        relevance.seed(FnId(1));
        assert_eq!(relevance.update(&callees), [FnId(0), FnId(1)]);
        assert!(relevance.update(&callees).is_empty());
    }
}
