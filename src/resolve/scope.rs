//! Module scopes: what each name means in each module once `use` declarations are resolved.
//!
//! Imports are resolved to a fixed point so that re-exports of re-exports and globs of modules that
//! themselves glob-import settle, whatever their order. An explicit item or import shadows a name
//! that only a glob brought in, as in rustc.

use std::collections::BTreeMap;

use smallvec::SmallVec;

use crate::model::{Def, ImportKind, ModuleId, Name, Program};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Binding {
    def: Def,
    from_glob: bool,
}

#[derive(Debug, Default, Clone)]
pub struct Scope {
    /// Most names have one meaning, kept inline: a vector per name of every module (with the
    /// names of each glob import copied in) was a tenth of the memory of an annotated kanidm.
    names: BTreeMap<Name, SmallVec<[Binding; 1]>>,
}

impl Scope {
    /// Every definition `name` may mean here (a module and a function can share a name).
    pub fn get(&self, name: &str) -> Vec<Def> {
        let Some(bindings) = self.names.get(name) else {
            return Vec::new();
        };
        let explicit: Vec<Def> = bindings.iter().filter(|b| !b.from_glob).map(|b| b.def).collect();
        if explicit.is_empty() { bindings.iter().map(|b| b.def).collect() } else { explicit }
    }

    fn insert(&mut self, name: Name, def: Def, from_glob: bool) -> bool {
        let bindings = self.names.entry(name).or_default();
        if bindings.iter().any(|binding| binding.def == def && (!binding.from_glob || from_glob)) {
            return false;
        }
        bindings.retain(|binding| binding.def != def);
        bindings.push(Binding { def, from_glob });
        bindings.sort();
        true
    }

    pub fn entries(&self) -> impl Iterator<Item = (&Name, Def)> {
        self.names.iter().flat_map(|(name, bindings)| bindings.iter().map(move |b| (name, b.def)))
    }
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
                scope.insert(name.clone(), *def, false);
            }
            scope
        })
        .collect();
    for _ in 0..IMPORT_PASSES {
        let mut changed = false;
        for (index, module) in program.modules.iter().enumerate() {
            let module_id = ModuleId(index as u32);
            for import in &module.imports {
                let defs = resolve_path(&scopes, module_id, &import.path, import.absolute);
                match &import.kind {
                    ImportKind::Named(alias) => {
                        for def in defs {
                            changed |= scopes[index].insert(alias.clone(), def, false);
                        }
                    }
                    ImportKind::Glob => {
                        for def in defs {
                            for (name, target) in glob_names(program, &scopes, def) {
                                changed |= scopes[index].insert(name, target, true);
                            }
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
fn glob_names(program: &Program, scopes: &[Scope], def: Def) -> Vec<(Name, Def)> {
    match def {
        Def::Module(module) => {
            scopes[module.index()].entries().map(|(name, def)| (name.clone(), def)).collect()
        }
        Def::Crate(krate) => {
            let root = program.crates[krate.index()].root;
            scopes[root.index()].entries().map(|(name, def)| (name.clone(), def)).collect()
        }
        Def::Adt(adt) => program
            .adt(adt)
            .variants
            .iter()
            .enumerate()
            .map(|(index, variant)| (variant.name.clone(), Def::Variant(adt, index as u32)))
            .collect(),
        _ => Vec::new(),
    }
}
