//! Module scopes: what each name means in each module once `use` declarations are resolved.
//!
//! Imports are resolved to a fixed point so that re-exports of re-exports and globs of modules that
//! themselves glob-import settle, whatever their order. An explicit item or import shadows a name
//! that only a glob brought in, as in rustc.
//!
//! A glob import is kept as the list of names its target exports, shared by every module that
//! imports the same target. Copying those names into each importer made scopes a fifth of the
//! memory of a code base where every module imports `crate::prelude::*`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use smallvec::SmallVec;

use crate::model::{Def, ImportKind, ModuleId, Name, Program};

/// The names a glob import brings in, sorted by name.
type GlobNames = Arc<[(Name, Def)]>;

#[derive(Debug, Default, Clone)]
pub struct Scope {
    /// Items and named imports; most names have one meaning, kept inline.
    explicit: BTreeMap<Name, SmallVec<[Def; 1]>>,
    /// What each glob import's target brings in, by target.
    globs: Vec<(Def, GlobNames)>,
}

impl Scope {
    /// Every definition `name` may mean here (a module and a function can share a name).
    pub fn get(&self, name: &str) -> Vec<Def> {
        if let Some(defs) = self.explicit.get(name) {
            return defs.to_vec();
        }
        let mut defs: Vec<Def> =
            self.globs.iter().flat_map(|(_, names)| named(names, name)).collect();
        defs.sort();
        defs.dedup();
        defs
    }

    /// Every name and what it means, explicit or brought in by a glob, sorted and without repeats.
    pub fn entries(&self) -> Vec<(Name, Def)> {
        let explicit = self
            .explicit
            .iter()
            .flat_map(|(name, defs)| defs.iter().map(move |def| (name.clone(), *def)));
        let globbed = self.globs.iter().flat_map(|(_, names)| names.iter().cloned());
        let mut entries: Vec<(Name, Def)> = explicit.chain(globbed).collect();
        entries.sort();
        entries.dedup();
        entries
    }

    fn insert(&mut self, name: Name, def: Def) -> bool {
        let defs = self.explicit.entry(name).or_default();
        if defs.contains(&def) {
            return false;
        }
        defs.push(def);
        defs.sort();
        true
    }

    /// Sets what the glob import of `target` brings in; returns whether that grew. A target's
    /// names only grow from pass to pass, so a list as long as the one held is the same list.
    fn set_glob(&mut self, target: Def, names: GlobNames) -> bool {
        match self.globs.iter_mut().find(|(other, _)| *other == target) {
            Some((_, held)) if held.len() == names.len() => false,
            Some((_, held)) => {
                *held = names;
                true
            }
            None => {
                self.globs.push((target, names));
                true
            }
        }
    }
}

/// The definitions `name` has in a sorted list of names.
fn named<'a>(names: &'a [(Name, Def)], name: &'a str) -> impl Iterator<Item = Def> + 'a {
    let start = names.partition_point(|(other, _)| &**other < name);
    names[start..].iter().take_while(move |(other, _)| &**other == name).map(|(_, def)| *def)
}

/// How many passes over all imports before giving up on cyclic or unresolvable ones.
const IMPORT_PASSES: usize = 64;

pub fn build_scopes(
    program: &Program,
    resolve_path: impl Fn(&[Scope], ModuleId, &[Name], bool) -> Vec<Def>,
) -> Vec<Scope> {
    let mut scopes: Vec<Scope> = program
        .modules
        .iter()
        .map(|module| {
            let mut scope = Scope::default();
            for (name, def) in &module.items {
                scope.insert(name.clone(), *def);
            }
            scope
        })
        .collect();
    for _ in 0..IMPORT_PASSES {
        let mut changed = false;
        // A glob target's names as this pass first saw them, shared by all its importers. A
        // target that grows later in the pass is seen whole by the next one, so the fixed point
        // is the same as with names read afresh at every import.
        let mut seen: HashMap<Def, GlobNames> = HashMap::new();
        for (index, module) in program.modules.iter().enumerate() {
            let module_id = ModuleId(index as u32);
            for import in &module.imports {
                let defs = resolve_path(&scopes, module_id, &import.path, import.absolute);
                match &import.kind {
                    ImportKind::Named(alias) => {
                        for def in defs {
                            changed |= scopes[index].insert(alias.clone(), def);
                        }
                    }
                    ImportKind::Glob => {
                        for def in defs {
                            let names = seen
                                .entry(def)
                                .or_insert_with(|| glob_names(program, &scopes, def))
                                .clone();
                            changed |= scopes[index].set_glob(def, names);
                        }
                    }
                    ImportKind::Underscore => {}
                }
            }
        }
        if !changed {
            break;
        }
    }
    scopes
}

/// The names a glob import of `def` brings in.
fn glob_names(program: &Program, scopes: &[Scope], def: Def) -> GlobNames {
    match def {
        Def::Module(module) => scopes[module.index()].entries().into(),
        Def::Crate(krate) => {
            let root = program.crates[krate.index()].root;
            scopes[root.index()].entries().into()
        }
        Def::Adt(adt) => {
            let mut variants: Vec<(Name, Def)> = program
                .adt(adt)
                .variants
                .iter()
                .enumerate()
                .map(|(index, variant)| (variant.name.clone(), Def::Variant(adt, index as u32)))
                .collect();
            variants.sort();
            variants.into()
        }
        _ => Arc::from([]),
    }
}
