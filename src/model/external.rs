//! Code the user cannot annotate, named in the configuration: functions and methods of
//! dependencies used as sinks, and fields or getters of their types that hold personal data.
//!
//! Each is added to the program as a body-less item with the annotation it would carry, under a
//! crate of its own, so that resolution and flow treat a configured sink like an annotated one
//! whose body cannot be seen (it reads all it is given).

use std::collections::BTreeMap;

use super::types::{PathRef, TypeRef};
use super::{
    Adt, Annotation, Container, Crate, CrateId, Def, FieldDef, FnId, Function, Impl, ImplId,
    LoweredModule, Member, ModuleId, Name, Program, SelfParam, Signature, Span, Variant,
};

/// A configured item: its path as written (`ads_sdk::AudienceClient::upload`), what it is
/// annotated with, and where the configuration says so.
#[derive(Clone, Debug)]
pub struct ExternalItem {
    pub path: Vec<Name>,
    pub annotations: Vec<Annotation>,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct ExternalItems {
    pub sinks: Vec<ExternalItem>,
    pub sources: Vec<ExternalItem>,
}

/// What each configured path became.
#[derive(Clone, Debug, Default)]
pub struct ExternalIndex {
    /// Full path as configured → the definition standing for it.
    pub items: BTreeMap<Vec<Name>, Def>,
    /// The inherent impl of each configured type, which holds its configured methods.
    pub impls: BTreeMap<ImplId, super::AdtId>,
}

/// The name of the crate that holds the configured items.
pub const EXTERNAL_CRATE: &str = "{configured}";

impl Program {
    /// Adds configured sinks and sources as items of a crate of their own.
    pub fn add_external_items(
        &mut self,
        items: &ExternalItems,
        file: super::FileId,
    ) -> ExternalIndex {
        let mut index = ExternalIndex::default();
        if items.sinks.is_empty() && items.sources.is_empty() {
            return index;
        }
        let krate = CrateId(self.crates.len() as u32);
        let (root, _) = self.link_module(
            LoweredModule::default(),
            EXTERNAL_CRATE.into(),
            None,
            krate,
            file,
            Span::default(),
        );
        self.crates.push(Crate { name: EXTERNAL_CRATE.into(), root, dependencies: Vec::new() });
        let mut types: BTreeMap<Vec<Name>, (super::AdtId, ImplId)> = BTreeMap::new();
        for source in &items.sources {
            let Some((owner, member)) = split_owner(&source.path) else { continue };
            let (adt, _) = self.external_type(&mut types, owner, root, source.span, &mut index);
            let field = FieldDef {
                member: Member::Named(member.clone()),
                ty: TypeRef::Unknown,
                span: source.span,
                purposes: source.annotations.clone(),
                serde_skip: false,
            };
            self.adts[adt.index()].variants[0].fields.push(field);
            index.items.insert(source.path.clone(), Def::Adt(adt));
        }
        for sink in &items.sinks {
            let Some((owner, name)) = split_owner(&sink.path) else { continue };
            let is_method =
                owner.last().is_some_and(|segment| segment.starts_with(|c: char| c.is_uppercase()));
            let container = if is_method {
                let (_, impl_id) =
                    self.external_type(&mut types, owner, root, sink.span, &mut index);
                Container::Impl(impl_id)
            } else {
                Container::Free
            };
            let id = FnId(self.functions.len() as u32);
            let signature = Signature {
                self_param: is_method.then_some(SelfParam { span: sink.span }),
                ..Signature::default()
            };
            self.functions.push(Function {
                name: name.clone(),
                name_span: sink.span,
                span: sink.span,
                signature,
                body: None,
                uses: sink.annotations.clone(),
                module: root,
                container,
                external: true,
                declassified: None,
            });
            if let Container::Impl(impl_id) = container {
                self.impls[impl_id.index()].functions.push(id);
            }
            index.items.insert(sink.path.clone(), Def::Function(id));
        }
        index
    }

    /// The stand-in for a configured type, created on first use with an inherent impl.
    fn external_type(
        &mut self,
        types: &mut BTreeMap<Vec<Name>, (super::AdtId, ImplId)>,
        path: &[Name],
        module: ModuleId,
        span: Span,
        index: &mut ExternalIndex,
    ) -> (super::AdtId, ImplId) {
        if let Some(existing) = types.get(path) {
            return *existing;
        }
        let adt = super::AdtId(self.adts.len() as u32);
        let name: Name =
            path.iter().map(|segment| &**segment).collect::<Vec<_>>().join("::").into();
        self.adts.push(Adt {
            name: name.clone(),
            span,
            is_enum: false,
            variants: vec![Variant { name, fields: Vec::new() }],
            generics: Vec::new(),
            module,
        });
        let impl_id = ImplId(self.impls.len() as u32);
        let self_ty = TypeRef::Path(PathRef::single(self.adts[adt.index()].name.clone(), span));
        self.impls.push(Impl {
            self_ty,
            trait_path: None,
            generics: Vec::new(),
            functions: Vec::new(),
            module,
            span,
        });
        types.insert(path.to_vec(), (adt, impl_id));
        index.items.insert(path.to_vec(), Def::Adt(adt));
        index.impls.insert(impl_id, adt);
        (adt, impl_id)
    }
}

/// `a::B::c` as (`a::B`, `c`); `None` for a path of one segment.
fn split_owner(path: &[Name]) -> Option<(&[Name], &Name)> {
    let (last, owner) = path.split_last()?;
    (!owner.is_empty()).then_some((owner, last))
}
