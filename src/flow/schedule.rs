//! The order of evaluation: callees before callers, level by level of the call graph.
//!
//! A function's level is above the level of every function it calls, except those in its own
//! strongly connected component (mutual recursion), which share its level. Evaluating the lowest
//! queued level first means most functions see their callees' final summaries the first time, and
//! the functions of one level do not depend on each other, so they can be evaluated in parallel.
//!
//! Within a level, functions come in the order a depth-first walk of the calls finishes them. In a
//! cycle of calls that order puts most callees before their callers, so a cycle evaluated a part at
//! a time in that order carries a changed summary along many calls in one round.

/// Where a node comes in the order of evaluation: its level, then when the walk finished it.
pub type Priority = (u32, u32);

/// Where each function of the call graph comes in the order of evaluation.
pub struct Schedule {
    pub priorities: Vec<Priority>,
    /// How many nodes the strongly connected component of each node has.
    pub cycle_sizes: Vec<u32>,
}

/// The schedule of a graph given as adjacency lists (`callees[node]`).
///
/// Tarjan's algorithm, with an explicit stack so that long call chains cannot overflow the thread's
/// stack. It emits components callees first, so every component a component calls already has its
/// level when that component is completed.
pub fn schedule(callees: &[Vec<u32>]) -> Schedule {
    let mut walk = Walk::new(callees.len());
    for root in 0..callees.len() as u32 {
        if walk.index[root as usize] == UNVISITED {
            walk.visit(callees, root);
        }
    }
    let of = |node: usize| walk.component[node] as usize;
    Schedule {
        priorities: (0..callees.len())
            .map(|node| (walk.component_level[of(node)], walk.finished[node]))
            .collect(),
        cycle_sizes: (0..callees.len()).map(|node| walk.component_size[of(node)]).collect(),
    }
}

const UNVISITED: u32 = u32::MAX;

struct Walk {
    index: Vec<u32>,
    lowlink: Vec<u32>,
    on_stack: Vec<bool>,
    stack: Vec<u32>,
    component: Vec<u32>,
    component_level: Vec<u32>,
    component_size: Vec<u32>,
    next_index: u32,
    finished: Vec<u32>,
    next_finished: u32,
}

impl Walk {
    fn new(nodes: usize) -> Walk {
        Walk {
            index: vec![UNVISITED; nodes],
            lowlink: vec![0; nodes],
            on_stack: vec![false; nodes],
            stack: Vec::new(),
            component: vec![UNVISITED; nodes],
            component_level: Vec::new(),
            component_size: Vec::new(),
            next_index: 0,
            finished: vec![0; nodes],
            next_finished: 0,
        }
    }

    fn enter(&mut self, node: u32) {
        let node_index = node as usize;
        self.index[node_index] = self.next_index;
        self.lowlink[node_index] = self.next_index;
        self.next_index += 1;
        self.stack.push(node);
        self.on_stack[node_index] = true;
    }

    fn visit(&mut self, callees: &[Vec<u32>], root: u32) {
        // Each frame: a node and how many of its edges have been followed.
        let mut frames: Vec<(u32, usize)> = vec![(root, 0)];
        self.enter(root);
        while let Some(frame) = frames.last_mut() {
            let (node, edge) = *frame;
            if let Some(&next) = callees[node as usize].get(edge) {
                frame.1 += 1;
                if self.index[next as usize] == UNVISITED {
                    self.enter(next);
                    frames.push((next, 0));
                } else if self.on_stack[next as usize] {
                    let low = self.lowlink[node as usize].min(self.index[next as usize]);
                    self.lowlink[node as usize] = low;
                }
                continue;
            }
            frames.pop();
            self.finished[node as usize] = self.next_finished;
            self.next_finished += 1;
            if let Some(&(parent, _)) = frames.last() {
                let low = self.lowlink[parent as usize].min(self.lowlink[node as usize]);
                self.lowlink[parent as usize] = low;
            }
            if self.lowlink[node as usize] == self.index[node as usize] {
                self.complete(callees, node);
            }
        }
    }

    /// Pops the component rooted at `root` and gives it the level above everything it calls.
    fn complete(&mut self, callees: &[Vec<u32>], root: u32) {
        let id = self.component_level.len() as u32;
        let mut members = Vec::new();
        while let Some(member) = self.stack.pop() {
            self.on_stack[member as usize] = false;
            self.component[member as usize] = id;
            members.push(member);
            if member == root {
                break;
            }
        }
        let level = members
            .iter()
            .flat_map(|member| &callees[*member as usize])
            .map(|callee| self.component[*callee as usize])
            .filter(|component| *component != id)
            .map(|component| self.component_level[component as usize] + 1)
            .max()
            .unwrap_or(0);
        self.component_level.push(level);
        self.component_size.push(members.len() as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::schedule;

    fn levels(callees: &[Vec<u32>]) -> Vec<u32> {
        schedule(callees).priorities.into_iter().map(|(level, _)| level).collect()
    }

    #[test]
    fn callees_come_before_callers() {
        // 0 calls 1, 1 calls 2, 3 calls 2.
        let graph = vec![vec![1], vec![2], vec![], vec![2]];
        assert_eq!(levels(&graph), [2, 1, 0, 1]);
    }

    #[test]
    fn mutual_recursion_shares_a_level() {
        // 0 and 1 call each other and 2; 3 calls 0.
        let graph = vec![vec![1, 2], vec![0], vec![], vec![0]];
        assert_eq!(levels(&graph), [1, 1, 0, 2]);
        assert_eq!(schedule(&graph).cycle_sizes, [2, 2, 1, 1]);
    }

    #[test]
    fn callees_in_a_cycle_come_first() {
        // 0 calls 1, 1 calls 2, 2 calls 0: a walk from 0 finishes 2, then 1, then 0.
        let graph = vec![vec![1], vec![2], vec![0]];
        let priorities = schedule(&graph).priorities;
        assert_eq!(priorities, [(0, 2), (0, 1), (0, 0)]);
    }

    #[test]
    fn long_chains_do_not_recurse() {
        let graph: Vec<Vec<u32>> =
            (0..200_000u32).map(|node| if node == 0 { vec![] } else { vec![node - 1] }).collect();
        assert_eq!(levels(&graph)[199_999], 199_999);
    }
}
