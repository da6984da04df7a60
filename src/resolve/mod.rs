//! Names to definitions: module scopes, paths, types of signatures, and method candidates.
//!
//! Resolution is by the code's own declarations: `use` (aliases, groups, globs, re-exports),
//! `self`/`super`/`crate`, dependencies between workspace crates, `Self`, and impls. Anything from
//! outside the workspace stays unresolved, and callers treat it conservatively.

mod external;
mod scope;
pub mod ty;

use std::collections::HashMap;

use crate::model::external::ExternalIndex;
use crate::model::types::{PathRef, TypeRef};
use crate::model::{
    AdtId, Container, Def, FieldDef, FnId, Function, GenericParam, ImplId, Member, ModuleId, Name,
    Program, TraitId,
};

use external::ExternalImports;
pub use scope::Scope;
pub use ty::Ty;
use ty::{StdShape, std_shape};

/// The tables built once per program.
pub struct Resolver<'p> {
    pub program: &'p Program,
    /// Configured items of dependencies, by path.
    external_index: ExternalIndex,
    external_imports: ExternalImports,
    scopes: Vec<Scope>,
    impl_self: Vec<Option<AdtId>>,
    impl_trait: Vec<Option<TraitId>>,
    inherent_impls: HashMap<AdtId, Vec<ImplId>>,
    trait_impls: HashMap<TraitId, Vec<ImplId>>,
    /// Methods (functions with `self`) of every impl and trait, by name.
    methods_by_name: HashMap<Name, Vec<FnId>>,
    /// Impls of `Debug` and `Display`, by the type they format: looked up for every formatting
    /// macro, which scanning every impl made a cost per macro of the size of the workspace.
    formatting_impls: HashMap<AdtId, Vec<ImplId>>,
    /// Trait impls by their workspace self type: a method call on a value of a workspace type
    /// looks there, which scanning every impl made a cost per call of the size of the workspace.
    trait_impls_by_self: HashMap<AdtId, Vec<ImplId>>,
    /// Impls of `From<T>` by the workspace type `T` they convert from: looked up at every `.into()`
    /// on a value of a workspace type, which resolving every impl's argument made a cost per call
    /// of the size of the workspace.
    conversion_impls: HashMap<AdtId, Vec<ImplId>>,
}

/// Where a name in a body is looked up: the function's module, its `Self`, its generic parameters.
#[derive(Clone, Debug)]
pub struct FnContext {
    pub module: ModuleId,
    pub self_ty: Option<Ty>,
    pub generics: Vec<(Name, Vec<TraitId>)>,
    /// Generic parameters of a type whose field types are being resolved: they become
    /// [`Ty::Placeholder`]s, substituted where the type is used.
    pub placeholders: Vec<Name>,
}

impl FnContext {
    /// Names resolved in `module`, with no `Self` and no generic parameters.
    pub fn in_module(module: ModuleId) -> FnContext {
        FnContext { module, self_ty: None, generics: Vec::new(), placeholders: Vec::new() }
    }
}

/// What a path in expression position refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueDef {
    /// Functions the path may call; several when dispatch is through a trait.
    Functions(Vec<FnId>),
    /// A tuple struct or tuple variant constructor, or a unit struct/variant.
    Constructor(AdtId, u32),
    Static(crate::model::StaticId),
    Unresolved,
}

const MAX_ALIAS_DEPTH: usize = 8;

impl<'p> Resolver<'p> {
    pub fn new(program: &'p Program, external_index: ExternalIndex) -> Resolver<'p> {
        let mut resolver = Resolver {
            program,
            external_index,
            external_imports: ExternalImports::default(),
            scopes: Vec::new(),
            impl_self: Vec::new(),
            impl_trait: Vec::new(),
            inherent_impls: HashMap::new(),
            trait_impls: HashMap::new(),
            methods_by_name: HashMap::new(),
            formatting_impls: HashMap::new(),
            trait_impls_by_self: HashMap::new(),
            conversion_impls: HashMap::new(),
        };
        resolver.scopes = scope::build_scopes(program, |scopes, module, path, absolute| {
            path_in(program, scopes, module, path, absolute)
        });
        resolver.external_imports = ExternalImports::collect(
            program,
            &resolver.scopes,
            |scopes, module, path, absolute| path_in(program, scopes, module, path, absolute),
        );
        resolver.index_impls();
        resolver
    }

    fn index_impls(&mut self) {
        for (index, implementation) in self.program.impls.iter().enumerate() {
            let impl_id = ImplId(index as u32);
            let context = FnContext {
                generics: generic_bounds_stub(&implementation.generics),
                ..FnContext::in_module(implementation.module)
            };
            let self_adt = match self.resolve_type(&context, &implementation.self_ty) {
                _ if self.external_index.impls.contains_key(&impl_id) => {
                    self.external_index.impls.get(&impl_id).copied()
                }
                Ty::Adt(adt, _) => Some(adt),
                _ => None,
            };
            let trait_id = implementation
                .trait_path
                .as_ref()
                .and_then(|path| self.resolve_trait(implementation.module, path));
            let is_formatting = implementation
                .trait_path
                .as_ref()
                .and_then(|path| path.last_name())
                .is_some_and(|name| matches!(&**name, "Debug" | "Display"));
            if let (Some(adt), true) = (self_adt, is_formatting) {
                self.formatting_impls.entry(adt).or_default().push(impl_id);
            }
            if let Some(source) = self.conversion_source(&context, implementation) {
                self.conversion_impls.entry(source).or_default().push(impl_id);
            }
            self.impl_self.push(self_adt);
            self.impl_trait.push(trait_id);
            match (self_adt, trait_id) {
                (Some(adt), None) => self.inherent_impls.entry(adt).or_default().push(impl_id),
                (_, Some(trait_id)) => self.trait_impls.entry(trait_id).or_default().push(impl_id),
                _ => {}
            }
            if let (Some(adt), Some(_)) = (self_adt, trait_id) {
                self.trait_impls_by_self.entry(adt).or_default().push(impl_id);
            }
        }
        for id in self.program.fn_ids() {
            let function = self.program.function(id);
            if function.signature.self_param.is_some() && function.container != Container::Free {
                self.methods_by_name.entry(function.name.clone()).or_default().push(id);
            }
        }
    }

    pub fn scope(&self, module: ModuleId) -> &Scope {
        &self.scopes[module.index()]
    }

    /// The definitions a module-level path names.
    pub fn resolve_path(&self, module: ModuleId, path: &[Name], absolute: bool) -> Vec<Def> {
        path_in(self.program, &self.scopes, module, path, absolute)
    }

    pub fn resolve_trait(&self, module: ModuleId, path: &PathRef) -> Option<TraitId> {
        let names: Vec<Name> = path.segments.iter().map(|s| s.name.clone()).collect();
        self.resolve_path(module, &names, path.leading_colon).into_iter().find_map(
            |def| match def {
                Def::Trait(id) => Some(id),
                _ => None,
            },
        )
    }

    /// The context for resolving names inside `function`.
    pub fn fn_context(&self, id: FnId) -> FnContext {
        let function = self.program.function(id);
        let mut context = FnContext::in_module(function.module);
        match function.container {
            Container::Impl(impl_id) => {
                let implementation = &self.program.impls[impl_id.index()];
                context.generics =
                    self.generic_bounds(implementation.module, &implementation.generics);
                context.self_ty = Some(self.resolve_type(&context, &implementation.self_ty));
            }
            Container::Trait(trait_id) => context.self_ty = Some(Ty::Bounds(vec![trait_id])),
            Container::Free => {}
        }
        let own = self.generic_bounds(function.module, &function.signature.generics);
        context.generics.extend(own);
        context
    }

    fn generic_bounds(
        &self,
        module: ModuleId,
        generics: &[GenericParam],
    ) -> Vec<(Name, Vec<TraitId>)> {
        generics
            .iter()
            .map(|param| {
                let traits = param
                    .bounds
                    .iter()
                    .filter_map(|bound| self.resolve_trait(module, bound))
                    .collect();
                (param.name.clone(), traits)
            })
            .collect()
    }

    pub fn resolve_type(&self, context: &FnContext, ty: &TypeRef) -> Ty {
        self.resolve_type_at(context, ty, 0)
    }

    fn resolve_type_at(&self, context: &FnContext, ty: &TypeRef, depth: usize) -> Ty {
        match ty {
            TypeRef::Reference(inner) => self.resolve_type_at(context, inner, depth),
            TypeRef::Tuple(elems) => {
                Ty::Tuple(elems.iter().map(|e| self.resolve_type_at(context, e, depth)).collect())
            }
            TypeRef::Slice(elem) | TypeRef::Array(elem) => {
                Ty::Seq(Box::new(self.resolve_type_at(context, elem, depth)))
            }
            TypeRef::Bounds(bounds) => Ty::Bounds(
                bounds
                    .iter()
                    .filter_map(|bound| self.resolve_trait(context.module, bound))
                    .collect(),
            ),
            TypeRef::Path(path) => self.resolve_type_path(context, path, depth),
            TypeRef::Unknown => Ty::Unknown,
        }
    }

    fn resolve_type_path(&self, context: &FnContext, path: &PathRef, depth: usize) -> Ty {
        if depth > MAX_ALIAS_DEPTH || path.qself.is_some() {
            return Ty::Unknown;
        }
        let Some(last) = path.segments.last() else {
            return Ty::Unknown;
        };
        let args: Vec<Ty> = last
            .generic_args
            .iter()
            .map(|arg| self.resolve_type_at(context, arg, depth + 1))
            .collect();
        if let Some(name) = path.as_ident() {
            if &**name == "Self" {
                return context.self_ty.clone().unwrap_or_default();
            }
            if let Some(index) = context.placeholders.iter().position(|generic| generic == name) {
                return Ty::Placeholder(index as u32);
            }
            if let Some((_, traits)) = context.generics.iter().find(|(generic, _)| generic == name)
            {
                return Ty::Bounds(traits.clone());
            }
        }
        let names: Vec<Name> = path.segments.iter().map(|s| s.name.clone()).collect();
        for def in self.resolve_path(context.module, &names, path.leading_colon) {
            match def {
                Def::Adt(adt) => return Ty::Adt(adt, args),
                Def::Alias(alias) => {
                    let alias = &self.program.aliases[alias.index()];
                    let alias_context = FnContext {
                        placeholders: alias.generics.clone(),
                        ..FnContext::in_module(alias.module)
                    };
                    let ty = self.resolve_type_at(&alias_context, &alias.ty, depth + 1);
                    return ty.substitute(&args);
                }
                Def::Trait(trait_id) => return Ty::Bounds(vec![trait_id]),
                _ => {}
            }
        }
        let arg = |index: usize| Box::new(args.get(index).cloned().unwrap_or_default());
        match std_shape(&last.name) {
            Some(StdShape::Transparent) => args.first().cloned().unwrap_or_default(),
            Some(StdShape::Seq) => Ty::Seq(arg(0)),
            Some(StdShape::Wrapped) => Ty::Wrapped(arg(0)),
            Some(StdShape::Map) => Ty::Map(arg(0), arg(1)),
            None => match self.external_index_def(context.module, &names) {
                Some(Def::Adt(adt)) => Ty::Adt(adt, args),
                _ if self.external_imports.leads_outside(context.module, &names) => {
                    // A dependency's generic type mostly wraps its argument (`web::Data<AppState>`,
                    // `Json<User>`, `State<Db>`): methods and fields reach through to it.
                    match args.first() {
                        None => Ty::Foreign,
                        Some(inner) if inner.is_unknown() => Ty::Unknown,
                        Some(inner) => inner.clone(),
                    }
                }
                _ => Ty::Unknown,
            },
        }
    }

    /// Whether a path names nothing in the workspace and leads into a dependency.
    pub fn names_dependency(&self, context: &FnContext, path: &PathRef) -> bool {
        let names: Vec<Name> = path.segments.iter().map(|s| s.name.clone()).collect();
        self.resolve_path(context.module, &names, path.leading_colon).is_empty()
            && self.external_imports.leads_outside(context.module, &names)
    }

    /// What `Owner::function(..)` returns when the workspace does not define that function:
    /// `Type::default()` or `Type::deserialize(..)` of a workspace type (derived, or from a
    /// dependency's trait) returns that type; `Client::builder()` of a dependency's type returns a
    /// dependency's value, whose methods are its own. Otherwise nothing is known.
    pub fn constructed_type(&self, context: &FnContext, path: &PathRef) -> Ty {
        let [.., owner, _] = path.segments.as_slice() else { return Ty::Unknown };
        let mut owner_path = path.clone();
        owner_path.segments.pop();
        match self.resolve_type(context, &TypeRef::Path(owner_path)) {
            ty @ Ty::Adt(..) => ty,
            // A module's free function (`serde_json::from_str`) returns whatever it is asked for.
            Ty::Foreign if owner.name.starts_with(|c: char| c.is_ascii_uppercase()) => Ty::Foreign,
            _ => Ty::Unknown,
        }
    }

    /// The configured external item a path names, through the module's imports of dependencies.
    fn external_index_def(&self, module: ModuleId, path: &[Name]) -> Option<Def> {
        self.external_imports.resolve(&self.external_index, module, path)
    }

    /// What a path in expression position refers to, inside `context`.
    pub fn resolve_value(&self, context: &FnContext, path: &PathRef) -> ValueDef {
        if let Some(qself) = &path.qself {
            return self.resolve_qualified(context, path, &qself.self_ty, qself.trait_segments);
        }
        let names: Vec<Name> = path.segments.iter().map(|s| s.name.clone()).collect();
        if names.len() >= 2 {
            let prefix = &names[..names.len() - 1];
            let last = &names[names.len() - 1];
            let is_type_relative = prefix.len() == 1
                && (&*prefix[0] == "Self"
                    || context.generics.iter().any(|(name, _)| *name == prefix[0]));
            if is_type_relative {
                let ty = self.resolve_type(
                    context,
                    &TypeRef::Path(PathRef::single(prefix[0].clone(), path.span)),
                );
                return self.associated_value(&ty, last);
            }
        }
        let defs = self.resolve_path(context.module, &names, path.leading_colon);
        let mut functions = Vec::new();
        for def in &defs {
            match *def {
                Def::Function(id) => functions.push(id),
                Def::Variant(adt, index) => return ValueDef::Constructor(adt, index),
                Def::Adt(adt) if !self.program.adt(adt).is_enum => {
                    return ValueDef::Constructor(adt, 0);
                }
                Def::Static(id) => return ValueDef::Static(id),
                _ => {}
            }
        }
        if !functions.is_empty() {
            return ValueDef::Functions(functions);
        }
        if names.len() >= 2 {
            // `Type::assoc` or `Trait::method` where the type or trait is a workspace item.
            let prefix = &names[..names.len() - 1];
            for def in self.resolve_path(context.module, prefix, path.leading_colon) {
                let ty = match def {
                    Def::Adt(adt) => Ty::Adt(adt, Vec::new()),
                    Def::Trait(trait_id) => Ty::Bounds(vec![trait_id]),
                    Def::Alias(_) => self.resolve_type(context, &TypeRef::Path(trim_last(path))),
                    _ => continue,
                };
                let value = self.associated_value(&ty, &names[names.len() - 1]);
                if value != ValueDef::Unresolved {
                    return value;
                }
            }
        }
        match self.external_index_def(context.module, &names) {
            Some(Def::Function(id)) => ValueDef::Functions(vec![id]),
            _ => ValueDef::Unresolved,
        }
    }

    fn resolve_qualified(
        &self,
        context: &FnContext,
        path: &PathRef,
        self_ty: &TypeRef,
        trait_segments: usize,
    ) -> ValueDef {
        let Some(method) = path.last_name() else {
            return ValueDef::Unresolved;
        };
        let ty = self.resolve_type(context, self_ty);
        let trait_names: Vec<Name> =
            path.segments.iter().take(trait_segments).map(|s| s.name.clone()).collect();
        let trait_id = self
            .resolve_path(context.module, &trait_names, path.leading_colon)
            .into_iter()
            .find_map(|def| match def {
                Def::Trait(id) => Some(id),
                _ => None,
            });
        match (trait_id, &ty) {
            (Some(trait_id), Ty::Adt(..)) => {
                let candidates = self.methods_in_trait_impls(&ty, method, Some(trait_id));
                if candidates.is_empty() {
                    self.associated_value(&Ty::Bounds(vec![trait_id]), method)
                } else {
                    ValueDef::Functions(candidates)
                }
            }
            (Some(trait_id), _) => self.associated_value(&Ty::Bounds(vec![trait_id]), method),
            (None, _) => self.associated_value(&ty, method),
        }
    }

    /// `Type::name` for a type: an enum variant or an associated function.
    fn associated_value(&self, ty: &Ty, name: &Name) -> ValueDef {
        if let Ty::Adt(adt, _) = ty {
            let data = self.program.adt(*adt);
            if data.is_enum {
                if let Some(index) = data.variants.iter().position(|variant| variant.name == *name)
                {
                    return ValueDef::Constructor(*adt, index as u32);
                }
            }
        }
        let candidates = self.associated_functions(ty, name);
        if candidates.is_empty() { ValueDef::Unresolved } else { ValueDef::Functions(candidates) }
    }

    /// Functions named `name` callable on `ty`: inherent first, then trait impls, then (for bounds)
    /// the trait declarations and every impl of those traits.
    pub fn associated_functions(&self, ty: &Ty, name: &str) -> Vec<FnId> {
        match ty {
            Ty::Adt(adt, _) => {
                let inherent = self
                    .functions_in_impls(self.inherent_impls.get(adt).into_iter().flatten(), name);
                if !inherent.is_empty() {
                    return inherent;
                }
                self.methods_in_trait_impls(ty, name, None)
            }
            Ty::Bounds(traits) => {
                let mut candidates = Vec::new();
                for trait_id in self.with_supertraits(traits) {
                    candidates.extend(self.trait_functions(trait_id, name));
                }
                candidates
            }
            _ => Vec::new(),
        }
    }

    /// The traits and, transitively, their supertraits: the methods a bound makes callable.
    fn with_supertraits(&self, traits: &[TraitId]) -> Vec<TraitId> {
        let mut all: Vec<TraitId> = Vec::new();
        let mut pending: Vec<TraitId> = traits.to_vec();
        while let Some(trait_id) = pending.pop() {
            if all.contains(&trait_id) {
                continue;
            }
            all.push(trait_id);
            let data = &self.program.traits[trait_id.index()];
            pending.extend(
                data.supertraits.iter().filter_map(|path| self.resolve_trait(data.module, path)),
            );
        }
        all.sort();
        all
    }

    /// The trait's own declaration of `name` and the method of every impl of the trait.
    pub fn trait_functions(&self, trait_id: TraitId, name: &str) -> Vec<FnId> {
        let declaration = self.program.traits[trait_id.index()]
            .functions
            .iter()
            .copied()
            .filter(|id| &*self.program.function(*id).name == name);
        let impls =
            self.functions_in_impls(self.trait_impls.get(&trait_id).into_iter().flatten(), name);
        declaration.chain(impls).collect()
    }

    fn methods_in_trait_impls(&self, ty: &Ty, name: &str, only: Option<TraitId>) -> Vec<FnId> {
        let Ty::Adt(adt, _) = ty else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let impls = self.trait_impls_by_self.get(adt).map(Vec::as_slice).unwrap_or_default();
        for impl_id in impls {
            let Some(trait_id) = self.impl_trait[impl_id.index()] else {
                continue;
            };
            if only.is_some_and(|only| only != trait_id) {
                continue;
            }
            let in_impl = self.functions_in_impls(std::iter::once(impl_id), name);
            if in_impl.is_empty() {
                // A default method of the trait, inherited by this impl.
                found.extend(
                    self.program.traits[trait_id.index()].functions.iter().copied().filter(|id| {
                        &*self.program.function(*id).name == name
                            && self.program.function(*id).body.is_some()
                    }),
                );
            }
            found.extend(in_impl);
        }
        found
    }

    fn functions_in_impls<'a>(
        &self,
        impls: impl Iterator<Item = &'a ImplId>,
        name: &str,
    ) -> Vec<FnId> {
        impls
            .flat_map(|impl_id| self.program.impls[impl_id.index()].functions.iter().copied())
            .filter(|id| &*self.program.function(*id).name == name)
            .collect()
    }

    /// Methods that may run for `receiver.name(..)`, and whether the receiver's type chose them.
    /// How a method call on a value of type `receiver` is resolved, before looking up candidates.
    pub fn method_dispatch(receiver: &Ty) -> Dispatch {
        match receiver {
            Ty::Adt(..) => Dispatch::Exact,
            Ty::Bounds(traits) if !traits.is_empty() => Dispatch::Trait,
            _ => Dispatch::ByName,
        }
    }

    pub fn method_candidates(&self, receiver: &Ty, name: &str) -> (Vec<FnId>, Dispatch) {
        let dispatch = Self::method_dispatch(receiver);
        let found = match (dispatch, receiver) {
            (Dispatch::Exact, _) => self
                .associated_functions(receiver, name)
                .into_iter()
                .filter(|id| self.program.function(*id).signature.self_param.is_some())
                .collect(),
            (Dispatch::Trait, _) => self.associated_functions(receiver, name),
            (Dispatch::ByName, Ty::Foreign) => {
                let impls_for_dependencies = self.methods_by_name.get(name).into_iter().flatten();
                impls_for_dependencies
                    .copied()
                    .filter(|id| self.implements_for_dependency(*id))
                    .collect()
            }
            (Dispatch::ByName, _) => self.methods_by_name.get(name).cloned().unwrap_or_default(),
        };
        (found, dispatch)
    }

    /// A method of a workspace trait's impl whose self type is not a workspace type (a
    /// dependency's type, or a blanket impl): one that may run on a value of a dependency's type.
    fn implements_for_dependency(&self, id: FnId) -> bool {
        match self.program.function(id).container {
            Container::Impl(impl_id) => {
                self.impl_trait[impl_id.index()].is_some()
                    && self.impl_self[impl_id.index()].is_none()
            }
            _ => false,
        }
    }

    /// The declaration of a field of a struct or variant.
    pub fn field(&self, adt: AdtId, variant: u32, member: &Member) -> Option<&'p FieldDef> {
        let data = self.program.adt(adt);
        data.variants.get(variant as usize)?.fields.iter().find(|field| field.member == *member)
    }

    /// The self type of the impl a function is in.
    pub fn impl_self_adt(&self, function: &Function) -> Option<AdtId> {
        match function.container {
            Container::Impl(impl_id) => self.impl_self[impl_id.index()],
            _ => None,
        }
    }

    pub fn impl_trait(&self, impl_id: ImplId) -> Option<TraitId> {
        self.impl_trait[impl_id.index()]
    }

    /// The `from` functions of `impl From<T> for U` in the workspace, for a value of type `T`.
    pub fn conversions_from(&self, source: &Ty) -> Vec<FnId> {
        let Ty::Adt(source, _) = source else { return Vec::new() };
        let impls = self.conversion_impls.get(source).map(Vec::as_slice).unwrap_or_default();
        self.functions_in_impls(impls.iter(), "from")
    }

    /// For `impl From<T> for U`, the workspace type `T`.
    fn conversion_source(
        &self,
        context: &FnContext,
        implementation: &crate::model::Impl,
    ) -> Option<AdtId> {
        let last = implementation.trait_path.as_ref()?.segments.last()?;
        if &*last.name != "From" {
            return None;
        }
        match self.resolve_type(context, last.generic_args.first()?) {
            Ty::Adt(adt, _) => Some(adt),
            _ => None,
        }
    }

    /// The `fmt` methods of hand-written `Debug` and `Display` impls for a type.
    pub fn formatters(&self, adt: AdtId) -> Vec<FnId> {
        let impls = self.formatting_impls.get(&adt).map(Vec::as_slice).unwrap_or_default();
        self.functions_in_impls(impls.iter(), "fmt")
    }

    /// Every impl of a trait.
    pub fn impls_of(&self, trait_id: TraitId) -> &[ImplId] {
        self.trait_impls.get(&trait_id).map(Vec::as_slice).unwrap_or_default()
    }
}

/// How a method call was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// The receiver's type is a workspace type: these are its methods.
    Exact,
    /// The receiver is a generic or trait object: the trait's declaration and every impl.
    Trait,
    /// The receiver's type is unknown: every workspace method with that name.
    ByName,
}

fn trim_last(path: &PathRef) -> PathRef {
    let mut trimmed = path.clone();
    trimmed.segments.pop();
    trimmed
}

fn generic_bounds_stub(generics: &[GenericParam]) -> Vec<(Name, Vec<TraitId>)> {
    generics.iter().map(|param| (param.name.clone(), Vec::new())).collect()
}

/// Resolves a module-level path with the scopes built so far (also used while building them).
fn path_in(
    program: &Program,
    scopes: &[Scope],
    module: ModuleId,
    path: &[Name],
    absolute: bool,
) -> Vec<Def> {
    let Some((first, rest)) = path.split_first() else {
        return vec![Def::Module(module)];
    };
    let krate = program.module(module).krate;
    let mut current: Vec<Def> = match &**first {
        "crate" if !absolute => {
            vec![Def::Module(program.crates.get(krate.index()).map_or(module, |c| c.root))]
        }
        "self" if !absolute => vec![Def::Module(module)],
        "super" if !absolute => {
            program.module(module).parent.map(Def::Module).into_iter().collect()
        }
        _ => {
            let local = if absolute { Vec::new() } else { scopes[module.index()].get(first) };
            if local.is_empty() { extern_crate(program, module, first) } else { local }
        }
    };
    for segment in rest {
        let mut next = Vec::new();
        for def in &current {
            next.extend(member_of(program, scopes, *def, segment));
        }
        next.sort();
        next.dedup();
        current = next;
        if current.is_empty() {
            break;
        }
    }
    current
}

/// A crate named from `module`'s crate: one of its dependencies (a crate cannot name itself).
fn extern_crate(program: &Program, module: ModuleId, name: &str) -> Vec<Def> {
    let krate = program.module(module).krate;
    let Some(data) = program.crates.get(krate.index()) else {
        return Vec::new();
    };
    data.dependencies
        .iter()
        .filter(|(dependency, _)| **dependency == *name)
        .map(|(_, id)| Def::Crate(*id))
        .collect()
}

fn member_of(program: &Program, scopes: &[Scope], def: Def, name: &Name) -> Vec<Def> {
    match def {
        Def::Module(module) => match &**name {
            "super" => program.module(module).parent.map(Def::Module).into_iter().collect(),
            "self" => vec![Def::Module(module)],
            _ => scopes[module.index()].get(name),
        },
        Def::Crate(krate) => {
            let root = program.crates[krate.index()].root;
            scopes[root.index()].get(name)
        }
        Def::Adt(adt) => {
            let data = program.adt(adt);
            let variant = data
                .variants
                .iter()
                .position(|variant| variant.name == *name)
                .filter(|_| data.is_enum);
            variant.map(|index| Def::Variant(adt, index as u32)).into_iter().collect()
        }
        _ => Vec::new(),
    }
}
