//! Paths that leave the workspace: what `use ads_sdk::AudienceClient;` binds, and which configured
//! external item (see `model::external`) a path into a dependency names.

use std::collections::BTreeMap;

use crate::model::external::ExternalIndex;
use crate::model::{Def, ImportKind, ModuleId, Name, Program};

use super::scope::Scope;

/// Per module: names bound to paths outside the workspace, and glob imports of such paths.
#[derive(Debug, Default)]
pub struct ExternalImports {
    named: Vec<BTreeMap<Name, Vec<Name>>>,
    globs: Vec<Vec<Vec<Name>>>,
}

impl ExternalImports {
    /// The imports that resolved to nothing in the workspace and do not start with a relative
    /// keyword are taken to name dependencies.
    pub fn collect(
        program: &Program,
        scopes: &[Scope],
        resolve: impl Fn(&[Scope], ModuleId, &[Name], bool) -> Vec<Def>,
    ) -> ExternalImports {
        let mut imports = ExternalImports {
            named: vec![BTreeMap::new(); program.modules.len()],
            globs: vec![Vec::new(); program.modules.len()],
        };
        for (index, module) in program.modules.iter().enumerate() {
            for import in &module.imports {
                let Some(first) = import.path.first() else { continue };
                if matches!(&**first, "crate" | "self" | "super") {
                    continue;
                }
                if !resolve(scopes, ModuleId(index as u32), &import.path, import.absolute)
                    .is_empty()
                {
                    continue;
                }
                match &import.kind {
                    ImportKind::Named(alias) => {
                        imports.named[index].insert(alias.clone(), import.path.clone());
                    }
                    ImportKind::Glob => imports.globs[index].push(import.path.clone()),
                    ImportKind::Underscore => {}
                }
            }
        }
        imports
    }

    /// Whether a path written in `module` that names nothing in the workspace leads into a
    /// dependency: its first segment was imported from one, or is itself a crate name.
    pub fn leads_outside(&self, module: ModuleId, path: &[Name]) -> bool {
        let Some(first) = path.first() else { return false };
        if self.named.get(module.index()).is_some_and(|named| named.contains_key(first)) {
            return true;
        }
        path.len() >= 2
            && !matches!(&**first, "crate" | "self" | "super" | "Self")
            && first.starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// The configured item a path written in `module` names, if any.
    pub fn resolve(&self, index: &ExternalIndex, module: ModuleId, path: &[Name]) -> Option<Def> {
        if index.items.is_empty() {
            return None;
        }
        let (first, rest) = path.split_first()?;
        let mut candidates: Vec<Vec<Name>> = Vec::new();
        if let Some(imported) = self.named.get(module.index()).and_then(|named| named.get(first)) {
            candidates.push(imported.iter().chain(rest).cloned().collect());
        } else if !rest.is_empty() {
            candidates.push(path.to_vec());
        }
        for glob in self.globs.get(module.index()).into_iter().flatten() {
            candidates.push(glob.iter().chain(path).cloned().collect());
        }
        candidates.iter().find_map(|candidate| lookup(index, candidate))
    }
}

/// Exact match first; then the same crate and the same last two segments, so that a type the
/// dependency re-exports (`ads_sdk::client::AudienceClient` for `ads_sdk::AudienceClient`) matches.
fn lookup(index: &ExternalIndex, path: &[Name]) -> Option<Def> {
    if let Some(def) = index.items.get(path) {
        return Some(*def);
    }
    let tail = |p: &[Name]| p.len().checked_sub(2).map(|start| p[start..].to_vec());
    index
        .items
        .iter()
        .find(|(configured, _)| {
            configured.len() >= 2
                && path.len() >= 2
                && configured[0] == path[0]
                && tail(configured) == tail(path)
        })
        .map(|(_, def)| *def)
}
