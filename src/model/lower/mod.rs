//! Lowering a parsed file (`syn::File`) into the model's item tree.
//!
//! Runs on the thread that parsed the file; the result owns no `syn` data. Items nested in function
//! bodies are hoisted into the enclosing module, which is how the analysis resolves them anyway.

mod exprs;
mod macros;
mod names;
mod types;

use super::attrs::{self, AnnotationReader};
use super::{
    Adt, AnnotationError, Container, FieldDef, FileId, Function, GenericParam, Import, ImportKind,
    Include, InlineModule, LoweredImpl, LoweredModule, LoweredTrait, MacroRules, Member, ModuleId,
    Name, OutlineModule, Param, SelfParam, Signature, Span, Static, TypeAlias, Variant,
};
use crate::syntax::{LineIndex, Parsed};

pub use types::{lower_path, lower_type};

/// What lowering may leave out.
#[derive(Clone, Copy, Debug, Default)]
pub struct LowerConfig {
    /// Keep `#[cfg(test)]` modules and `#[test]` functions.
    pub include_tests: bool,
}

/// The last token of an item, where a suppression on it stops.
fn item_end(item: &syn::Item) -> proc_macro2::Span {
    match item {
        syn::Item::Fn(item) => item.block.brace_token.span.close(),
        syn::Item::Impl(item) => item.brace_token.span.close(),
        syn::Item::Trait(item) => item.brace_token.span.close(),
        syn::Item::Mod(item) => match (&item.content, &item.semi) {
            (Some((brace, _)), _) => brace.span.close(),
            (None, Some(semi)) => semi.spans[0],
            (None, None) => item.ident.span(),
        },
        syn::Item::Struct(item) => match &item.fields {
            syn::Fields::Named(fields) => fields.brace_token.span.close(),
            _ => item.semi_token.map_or(item.ident.span(), |semi| semi.spans[0]),
        },
        syn::Item::Enum(item) => item.brace_token.span.close(),
        syn::Item::Union(item) => item.fields.brace_token.span.close(),
        syn::Item::Const(item) => item.semi_token.spans[0],
        syn::Item::Static(item) => item.semi_token.spans[0],
        _ => proc_macro2::Span::call_site(),
    }
}

/// An item's attributes, what to call it in a message, and the annotations it may carry.
fn item_annotations(
    item: &syn::Item,
) -> Option<(&[syn::Attribute], &'static str, &'static [&'static str])> {
    const FUNCTION: &[&str] = &[attrs::USED_FOR, attrs::AD_TARGETING];
    Some(match item {
        syn::Item::Fn(item) => (&item.attrs, "a function", FUNCTION),
        syn::Item::Struct(item) => (&item.attrs, "a struct", &[]),
        syn::Item::Enum(item) => (&item.attrs, "an enum", &[]),
        syn::Item::Union(item) => (&item.attrs, "a union", &[]),
        syn::Item::Mod(item) => (&item.attrs, "a module", &[]),
        syn::Item::Impl(item) => (&item.attrs, "an impl block", &[]),
        syn::Item::Trait(item) => (&item.attrs, "a trait", &[]),
        syn::Item::Const(item) => (&item.attrs, "a constant", &[]),
        syn::Item::Static(item) => (&item.attrs, "a static", &[]),
        _ => return None,
    })
}

/// The names of a type's generic type parameters, in order.
fn type_parameters(generics: &syn::Generics) -> Vec<Name> {
    generics
        .params
        .iter()
        .filter_map(|param| match param {
            syn::GenericParam::Type(param) => Some(names::ident(&param.ident)),
            _ => None,
        })
        .collect()
}

/// Turns the spans of one file's tokens into the model's byte ranges.
#[derive(Clone, Copy)]
pub struct Spans<'a> {
    pub file: FileId,
    lines: &'a LineIndex,
}

impl Spans<'_> {
    pub fn span(self, span: proc_macro2::Span) -> Span {
        let (start, end) = self.lines.range(span);
        Span { file: self.file, start, end }
    }
}

pub fn lower_file(parsed: &Parsed, file_id: FileId, config: LowerConfig) -> LoweredModule {
    let spans = Spans { file: file_id, lines: &parsed.lines };
    let mut lowerer = Lowerer { file: file_id, spans, config, macro_depth: 0 };
    let mut module = LoweredModule::default();
    lowerer.items(&parsed.file.items, &mut module);
    module
}

pub(crate) struct Lowerer<'a> {
    pub(crate) file: FileId,
    pub(crate) spans: Spans<'a>,
    config: LowerConfig,
    /// How many macro invocations enclose the one being lowered (see `MAX_PARSED_MACRO_DEPTH`).
    pub(crate) macro_depth: usize,
}

impl<'l> Lowerer<'l> {
    pub(crate) fn span(&self, span: proc_macro2::Span) -> Span {
        self.spans.span(span)
    }

    fn annotations<'a>(&self, errors: &'a mut Vec<AnnotationError>) -> AnnotationReader<'a>
    where
        'l: 'a,
    {
        AnnotationReader { spans: self.spans, errors }
    }

    fn skipped(&self, attrs: &[syn::Attribute]) -> bool {
        !self.config.include_tests && attrs::is_test_only(attrs)
    }

    pub(crate) fn items(&mut self, items: &[syn::Item], module: &mut LoweredModule) {
        for item in items {
            self.item(item, module);
        }
    }

    fn item(&mut self, item: &syn::Item, module: &mut LoweredModule) {
        if let Some((attrs, what, allowed)) = item_annotations(item) {
            self.annotations(&mut module.annotation_errors).misplaced(attrs, what, allowed);
            // `mod name;` covers its files, which linking records; other items cover their text.
            let outline_module =
                matches!(item, syn::Item::Mod(declaration) if declaration.content.is_none());
            if !outline_module {
                self.record_suppressions(attrs, item_end(item), module);
            }
        }
        match item {
            syn::Item::Struct(strukt) if !self.skipped(&strukt.attrs) => {
                let span = self.span(strukt.ident.span());
                let fields = self.fields(&strukt.fields, &mut module.annotation_errors);
                let name: Name = names::ident(&strukt.ident);
                let variants = vec![Variant { name: name.clone(), fields }];
                module.adts.push(Adt {
                    name,
                    span,
                    is_enum: false,
                    variants,
                    generics: type_parameters(&strukt.generics),
                    module: ModuleId(0),
                });
            }
            syn::Item::Union(union) if !self.skipped(&union.attrs) => {
                let fields = syn::Fields::Named(union.fields.clone());
                let fields = self.fields(&fields, &mut module.annotation_errors);
                let name: Name = names::ident(&union.ident);
                let span = self.span(union.ident.span());
                let variants = vec![Variant { name: name.clone(), fields }];
                module.adts.push(Adt {
                    name,
                    span,
                    is_enum: false,
                    variants,
                    generics: type_parameters(&union.generics),
                    module: ModuleId(0),
                });
            }
            syn::Item::Enum(enumeration) if !self.skipped(&enumeration.attrs) => {
                for variant in &enumeration.variants {
                    self.annotations(&mut module.annotation_errors).misplaced(
                        &variant.attrs,
                        "an enum variant",
                        &[],
                    );
                }
                let variants = enumeration
                    .variants
                    .iter()
                    .map(|variant| Variant {
                        name: names::ident(&variant.ident),
                        fields: self.fields(&variant.fields, &mut module.annotation_errors),
                    })
                    .collect();
                let span = self.span(enumeration.ident.span());
                let name = names::ident(&enumeration.ident);
                module.adts.push(Adt {
                    name,
                    span,
                    is_enum: true,
                    variants,
                    generics: type_parameters(&enumeration.generics),
                    module: ModuleId(0),
                });
            }
            syn::Item::Fn(function) if !self.skipped(&function.attrs) => {
                let lowered =
                    self.function(&function.attrs, &function.sig, Some(&function.block), module);
                module.functions.push(lowered);
            }
            syn::Item::ForeignMod(foreign) => {
                for item in &foreign.items {
                    if let syn::ForeignItem::Fn(function) = item {
                        let lowered = self.function(&function.attrs, &function.sig, None, module);
                        module.functions.push(lowered);
                    }
                }
            }
            syn::Item::Impl(implementation) if !self.skipped(&implementation.attrs) => {
                self.implementation(implementation, module)
            }
            syn::Item::Trait(definition) if !self.skipped(&definition.attrs) => {
                let mut functions = Vec::new();
                for item in &definition.items {
                    if let syn::TraitItem::Fn(function) = item {
                        let end =
                            function.default.as_ref().map_or(function.sig.ident.span(), |body| {
                                body.brace_token.span.close()
                            });
                        self.record_suppressions(&function.attrs, end, module);
                        let body = function.default.as_ref();
                        functions.push(self.function(&function.attrs, &function.sig, body, module));
                    }
                }
                let name = names::ident(&definition.ident);
                let span = self.span(definition.ident.span());
                let supertraits = types::trait_bounds(self.spans, &definition.supertraits);
                module.traits.push(LoweredTrait { name, span, functions, supertraits });
            }
            syn::Item::Use(import) if !self.skipped(&import.attrs) => {
                let is_pub = !matches!(import.vis, syn::Visibility::Inherited);
                let absolute = import.leading_colon.is_some();
                self.use_tree(&import.tree, &mut Vec::new(), is_pub, absolute, &mut module.imports);
            }
            syn::Item::ExternCrate(krate) => {
                let name: Name = names::ident(&krate.ident);
                if &*name != "self" {
                    let alias = krate.rename.as_ref().map(|(_, ident)| names::ident(ident));
                    module.imports.push(Import {
                        path: vec![name.clone()],
                        absolute: true,
                        kind: ImportKind::Named(alias.unwrap_or(name)),
                        is_pub: !matches!(krate.vis, syn::Visibility::Inherited),
                        span: self.span(krate.ident.span()),
                    });
                }
            }
            syn::Item::Mod(declaration) if !self.skipped(&declaration.attrs) => {
                self.module_declaration(declaration, module)
            }
            syn::Item::Static(item) if !self.skipped(&item.attrs) => {
                let init = Some(self.expr(&item.expr, module));
                module.statics.push(self.static_item(&item.ident, &item.ty, init));
            }
            syn::Item::Const(item) if !self.skipped(&item.attrs) => {
                let init = Some(self.expr(&item.expr, module));
                module.statics.push(self.static_item(&item.ident, &item.ty, init));
            }
            syn::Item::Type(alias) => module.aliases.push(TypeAlias {
                name: names::ident(&alias.ident),
                generics: type_parameters(&alias.generics),
                ty: lower_type(self.spans, &alias.ty),
                module: ModuleId(0),
            }),
            syn::Item::Macro(item) => self.item_macro(item, module),
            _ => {}
        }
    }

    /// Records the item's `#[suppress]` attributes with the source range they cover: from the
    /// item's first attribute to `end`, its last token.
    fn record_suppressions(
        &mut self,
        attrs: &[syn::Attribute],
        end: proc_macro2::Span,
        module: &mut LoweredModule,
    ) {
        let suppressions = self.annotations(&mut module.annotation_errors).suppressions(attrs);
        let Some(first) = attrs.first() else { return };
        let range = self.span(first.pound_token.span).to(self.span(end));
        module
            .suppressions
            .extend(suppressions.into_iter().map(|suppression| (suppression, range)));
    }

    fn static_item(
        &self,
        ident: &syn::Ident,
        ty: &syn::Type,
        init: Option<super::body::Expr>,
    ) -> Static {
        Static {
            name: names::ident(ident),
            span: self.span(ident.span()),
            ty: lower_type(self.spans, ty),
            init,
            module: ModuleId(0),
        }
    }

    fn module_declaration(&mut self, declaration: &syn::ItemMod, module: &mut LoweredModule) {
        let name: Name = names::ident(&declaration.ident);
        let span = self.span(declaration.ident.span());
        match &declaration.content {
            Some((_, items)) => {
                let mut body = LoweredModule::default();
                self.items(items, &mut body);
                module.inline_modules.push(InlineModule { name, span, body });
            }
            None => module.outline_modules.push(OutlineModule {
                name,
                span,
                path_attribute: attrs::path_attribute(&declaration.attrs),
                suppressions: self
                    .annotations(&mut module.annotation_errors)
                    .suppressions(&declaration.attrs),
            }),
        }
    }

    fn item_macro(&mut self, item: &syn::ItemMacro, module: &mut LoweredModule) {
        let Some(ident) = &item.ident else {
            if macros::is_include(&item.mac.path) {
                let path = syn::parse2::<syn::LitStr>(item.mac.tokens.clone()).ok();
                let span = self.span(
                    item.mac
                        .path
                        .segments
                        .last()
                        .map_or_else(proc_macro2::Span::call_site, |segment| segment.ident.span()),
                );
                module.includes.push(Include { path: path.map(|lit| lit.value()), span });
                return;
            }
            if macros::selects_by_cfg(&item.mac.path) {
                // Which branch is compiled depends on the target: every branch is read.
                for items in macros::cfg_branches(&item.mac.tokens) {
                    self.items(&items, module);
                }
                return;
            }
            // Item-position invocations mostly wrap items written in ordinary syntax: the
            // `cfg_rt! { pub mod runtime; }` of tokio, `thread_local! { .. }`, `lazy_static! {
            // .. }`. Reading them as written, `mod` declarations included, loses none of them; a
            // macro that turns its items into different ones is the rarer case.
            if self.macro_depth < macros::MAX_PARSED_MACRO_DEPTH {
                if let Some(items) = macros::wrapped_items(&item.mac.tokens) {
                    self.macro_depth += 1;
                    self.items(&items, module);
                    self.macro_depth -= 1;
                }
            }
            return;
        };
        if !attrs::is_macro_rules(&item.mac.path) {
            return;
        }
        let expansions = self.macro_rules_expansions(&item.mac.tokens, module);
        module.macros.push(MacroRules {
            name: names::ident(ident),
            span: self.span(ident.span()),
            expansions,
            module: ModuleId(0),
        });
    }

    fn implementation(&mut self, implementation: &syn::ItemImpl, module: &mut LoweredModule) {
        let mut functions = Vec::new();
        for item in &implementation.items {
            if let syn::ImplItem::Fn(function) = item {
                if self.skipped(&function.attrs) {
                    continue;
                }
                self.record_suppressions(
                    &function.attrs,
                    function.block.brace_token.span.close(),
                    module,
                );
                functions.push(self.function(
                    &function.attrs,
                    &function.sig,
                    Some(&function.block),
                    module,
                ));
            }
        }
        module.impls.push(LoweredImpl {
            self_ty: lower_type(self.spans, &implementation.self_ty),
            trait_path: implementation
                .trait_
                .as_ref()
                .map(|(path, _)| lower_path(self.spans, path, None)),
            generics: self.generics(&implementation.generics),
            functions,
            span: self.span(implementation.impl_token.span),
        });
    }

    fn function(
        &mut self,
        attributes: &[syn::Attribute],
        signature: &syn::Signature,
        body: Option<&syn::Block>,
        module: &mut LoweredModule,
    ) -> Function {
        let uses = self.annotations(&mut module.annotation_errors).uses(attributes);
        let declassified =
            self.annotations(&mut module.annotation_errors).declassification(attributes);
        let lowered_signature = self.signature(signature);
        let body = body.map(|block| self.block(block, module));
        let name_span = self.span(signature.ident.span());
        Function {
            name: names::ident(&signature.ident),
            name_span,
            span: name_span,
            signature: lowered_signature,
            body,
            uses,
            module: ModuleId(0),
            container: Container::Free,
            external: false,
            declassified,
        }
    }

    fn signature(&mut self, signature: &syn::Signature) -> Signature {
        let mut lowered = Signature {
            generics: self.generics(&signature.generics),
            is_async: signature.asyncness.is_some(),
            ret: match &signature.output {
                syn::ReturnType::Default => None,
                syn::ReturnType::Type(_, ty) => Some(lower_type(self.spans, ty)),
            },
            // Sized up front: pushed one at a time, a vector of one parameter held four.
            params: Vec::with_capacity(signature.inputs.len()),
            ..Signature::default()
        };
        for input in &signature.inputs {
            match input {
                syn::FnArg::Receiver(receiver) => {
                    lowered.self_param =
                        Some(SelfParam { span: self.span(receiver.self_token.span) })
                }
                syn::FnArg::Typed(typed) => lowered.params.push(Param {
                    pat: self.pat(&typed.pat),
                    ty: lower_type(self.spans, &typed.ty),
                    span: self.span(typed.colon_token.span),
                }),
            }
        }
        lowered
    }

    fn generics(&self, generics: &syn::Generics) -> Vec<GenericParam> {
        let mut params: Vec<GenericParam> = generics
            .params
            .iter()
            .filter_map(|param| match param {
                syn::GenericParam::Type(param) => Some(GenericParam {
                    name: names::ident(&param.ident),
                    bounds: types::trait_bounds(self.spans, &param.bounds),
                }),
                _ => None,
            })
            .collect();
        let Some(where_clause) = &generics.where_clause else {
            return params;
        };
        for predicate in &where_clause.predicates {
            let syn::WherePredicate::Type(predicate) = predicate else {
                continue;
            };
            let syn::Type::Path(bounded) = &predicate.bounded_ty else {
                continue;
            };
            let Some(ident) = bounded.path.get_ident() else {
                continue;
            };
            let bounds = types::trait_bounds(self.spans, &predicate.bounds);
            if let Some(param) = params.iter_mut().find(|param| *param.name == *ident.to_string()) {
                param.bounds.extend(bounds);
            }
        }
        params
    }

    fn fields(&mut self, fields: &syn::Fields, errors: &mut Vec<AnnotationError>) -> Vec<FieldDef> {
        fields
            .iter()
            .enumerate()
            .map(|(index, field)| {
                let (member, span) = match &field.ident {
                    Some(ident) => (Member::Named(names::ident(ident)), self.span(ident.span())),
                    None => (Member::Index(index as u32), self.span(types::type_span(&field.ty))),
                };
                self.annotations(errors).misplaced(
                    &field.attrs,
                    "a field",
                    &[attrs::COLLECTED_FOR],
                );
                FieldDef {
                    member,
                    ty: lower_type(self.spans, &field.ty),
                    span,
                    purposes: self.annotations(errors).purposes(&field.attrs),
                    serde_skip: attrs::is_serde_skipped(&field.attrs),
                }
            })
            .collect()
    }

    fn use_tree(
        &self,
        tree: &syn::UseTree,
        prefix: &mut Vec<Name>,
        is_pub: bool,
        absolute: bool,
        out: &mut Vec<Import>,
    ) {
        let mut push = |path: Vec<Name>, kind: ImportKind, span: proc_macro2::Span| {
            out.push(Import { path, absolute, kind, is_pub, span: self.span(span) })
        };
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(names::ident(&path.ident));
                self.use_tree(&path.tree, prefix, is_pub, absolute, out);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                let ident: Name = names::ident(&name.ident);
                let mut path = prefix.clone();
                let binding = if &*ident == "self" {
                    prefix.last().cloned().unwrap_or_else(|| ident.clone())
                } else {
                    path.push(ident.clone());
                    ident
                };
                push(path, ImportKind::Named(binding), name.ident.span());
            }
            syn::UseTree::Rename(rename) => {
                let ident: Name = names::ident(&rename.ident);
                let mut path = prefix.clone();
                if &*ident != "self" {
                    path.push(ident);
                }
                let kind = if rename.rename == "_" {
                    ImportKind::Underscore
                } else {
                    ImportKind::Named(names::ident(&rename.rename))
                };
                push(path, kind, rename.rename.span());
            }
            syn::UseTree::Glob(glob) => {
                push(prefix.clone(), ImportKind::Glob, glob.star_token.span)
            }
            syn::UseTree::Group(group) => {
                for item in &group.items {
                    self.use_tree(item, prefix, is_pub, absolute, out);
                }
            }
        }
    }
}
