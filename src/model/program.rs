//! The item tree: what one file lowers to, and the whole program once every file is linked.

use super::body::{Block, Expr, Pat};
use super::types::{PathRef, TypeRef};
use super::{FileId, Member, Name, Span};

macro_rules! id_type {
    ($($name:ident),*) => {$(
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

id_type!(CrateId, ModuleId, AdtId, FnId, ImplId, TraitId, StaticId, MacroId, AliasId);

/// What one module (a file or an inline `mod { }`) holds after lowering.
#[derive(Clone, Debug, Default)]
pub struct LoweredModule {
    pub adts: Vec<Adt>,
    pub functions: Vec<Function>,
    pub impls: Vec<LoweredImpl>,
    pub traits: Vec<LoweredTrait>,
    pub imports: Vec<Import>,
    pub statics: Vec<Static>,
    pub macros: Vec<MacroRules>,
    pub aliases: Vec<TypeAlias>,
    pub inline_modules: Vec<InlineModule>,
    pub outline_modules: Vec<OutlineModule>,
    /// `#[suppress(..)]` on items of this module, each with the source range it covers.
    pub suppressions: Vec<(Suppression, Span)>,
    /// Items whose annotations the linter could not read, for the malformed-annotation report.
    pub annotation_errors: Vec<AnnotationError>,
    /// `include!("file.rs")` in item position: the file's items belong to this module.
    pub includes: Vec<Include>,
}

#[derive(Clone, Debug)]
pub struct Include {
    /// The path as written; `None` when it is computed (`concat!(env!("OUT_DIR"), ..)`).
    pub path: Option<String>,
    pub span: Span,
}

impl LoweredModule {
    /// Takes in the items of a file `include!`d into this module.
    pub fn absorb(&mut self, other: LoweredModule) {
        self.adts.extend(other.adts);
        self.functions.extend(other.functions);
        self.impls.extend(other.impls);
        self.traits.extend(other.traits);
        self.imports.extend(other.imports);
        self.statics.extend(other.statics);
        self.macros.extend(other.macros);
        self.aliases.extend(other.aliases);
        self.inline_modules.extend(other.inline_modules);
        self.outline_modules.extend(other.outline_modules);
        self.suppressions.extend(other.suppressions);
        self.annotation_errors.extend(other.annotation_errors);
        self.includes.extend(other.includes);
    }

    /// The inline module at `path` below this one.
    pub fn inline_mut(&mut self, path: &[Name]) -> Option<&mut LoweredModule> {
        let Some((first, rest)) = path.split_first() else { return Some(self) };
        let inline = self.inline_modules.iter_mut().find(|inline| inline.name == *first)?;
        inline.body.inline_mut(rest)
    }
}

#[derive(Clone, Debug)]
pub struct InlineModule {
    pub name: Name,
    pub span: Span,
    pub body: LoweredModule,
}

/// `mod name;`: its file is found by the `sources` layer.
#[derive(Clone, Debug)]
pub struct OutlineModule {
    pub name: Name,
    pub span: Span,
    pub path_attribute: Option<String>,
    /// `#[suppress(..)]` on the declaration: they cover the module's files.
    pub suppressions: Vec<Suppression>,
}

#[derive(Clone, Debug)]
pub struct LoweredImpl {
    pub self_ty: TypeRef,
    pub trait_path: Option<PathRef>,
    pub generics: Vec<GenericParam>,
    pub functions: Vec<Function>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct LoweredTrait {
    pub name: Name,
    pub span: Span,
    pub functions: Vec<Function>,
    pub supertraits: Vec<PathRef>,
}

/// A struct or enum. A struct is an ADT with one variant named like the struct.
#[derive(Clone, Debug)]
pub struct Adt {
    pub name: Name,
    pub span: Span,
    pub is_enum: bool,
    pub variants: Vec<Variant>,
    /// Generic type parameters, whose arguments a use of the type supplies (`Wrapper<User>`).
    pub generics: Vec<Name>,
    pub module: ModuleId,
}

#[derive(Clone, Debug)]
pub struct Variant {
    pub name: Name,
    pub fields: Vec<FieldDef>,
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub member: Member,
    pub ty: TypeRef,
    pub span: Span,
    /// The purposes of `#[collected_for(...)]`, empty for an ordinary field.
    pub purposes: Vec<Annotation>,
    /// `#[serde(skip)]` or `#[serde(skip_serializing)]`: serde output leaves the field out.
    pub serde_skip: bool,
}

/// An audited suppression: `#[suppress(lint, .., reason = "..")]` or its comment form.
#[derive(Clone, Debug)]
pub struct Suppression {
    pub lints: Vec<Annotation>,
    pub reason: Option<String>,
    /// The attribute or comment itself.
    pub span: Span,
}

/// Where a suppression applies.
#[derive(Clone, Debug)]
pub enum SuppressionScope {
    /// A source range: an item, or the line a comment names.
    Range(Span),
    /// A module declared `mod name;`: every file of it and of its submodules.
    Module(ModuleId),
}

/// One name inside an annotation, such as `security` in `#[collected_for(security)]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub name: Name,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct AnnotationError {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: Name,
    pub name_span: Span,
    pub span: Span,
    pub signature: Signature,
    pub body: Option<Block>,
    /// The uses of `#[ad_targeting]` and `#[used_for(...)]`; empty for an ordinary function.
    pub uses: Vec<Annotation>,
    /// `#[declassify(reason = "..")]`: the return value carries no purpose of the inputs.
    pub declassified: Option<Declassification>,
    pub module: ModuleId,
    pub container: Container,
    /// A configured item of a dependency: no body, and its parameters are not known.
    pub external: bool,
}

/// A declassifier's audited reason.
#[derive(Clone, Debug)]
pub struct Declassification {
    pub reason: Option<String>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    Free,
    Impl(ImplId),
    Trait(TraitId),
}

#[derive(Clone, Debug, Default)]
pub struct Signature {
    pub self_param: Option<SelfParam>,
    pub params: Vec<Param>,
    pub ret: Option<TypeRef>,
    pub generics: Vec<GenericParam>,
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct SelfParam {
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub pat: Pat,
    pub ty: TypeRef,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct GenericParam {
    pub name: Name,
    pub bounds: Vec<PathRef>,
}

/// One flattened `use` tree leaf, or an `extern crate`.
#[derive(Clone, Debug)]
pub struct Import {
    pub path: Vec<Name>,
    /// True for `use ::a::b`: the first segment is a crate name.
    pub absolute: bool,
    pub kind: ImportKind,
    pub is_pub: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// Binds the last path segment under this name (`as` renames; `self` in a group binds the module).
    Named(Name),
    Glob,
    /// `use x as _;` brings trait methods into scope only.
    Underscore,
}

/// A `static` or `const`.
#[derive(Clone, Debug)]
pub struct Static {
    pub name: Name,
    pub span: Span,
    pub ty: TypeRef,
    pub init: Option<Expr>,
    pub module: ModuleId,
}

/// A `macro_rules!` definition, kept as the expressions its rules expand to.
#[derive(Clone, Debug)]
pub struct MacroRules {
    pub name: Name,
    pub span: Span,
    /// Each rule's transcriber parsed as a block with `$var` fragments as plain names.
    pub expansions: Vec<MacroExpansion>,
    pub module: ModuleId,
}

#[derive(Clone, Debug)]
pub struct MacroExpansion {
    /// The `$name` fragments of the matcher, in order.
    pub fragments: Vec<Name>,
    /// The matcher's literal tokens before its first fragment (`sms :` in `(sms: $v:expr)`), which
    /// choose the rule an invocation takes.
    pub literal_prefix: Vec<String>,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct TypeAlias {
    pub name: Name,
    /// Type parameters, which the alias's uses substitute (`type Result<T> = ...<T, Error>`).
    pub generics: Vec<Name>,
    pub ty: TypeRef,
    pub module: ModuleId,
}

#[derive(Clone, Debug)]
pub struct Impl {
    pub self_ty: TypeRef,
    pub trait_path: Option<PathRef>,
    pub generics: Vec<GenericParam>,
    pub functions: Vec<FnId>,
    pub module: ModuleId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Trait {
    pub name: Name,
    pub span: Span,
    pub functions: Vec<FnId>,
    pub module: ModuleId,
    /// `trait Exporter: Sink`: the traits every implementor also implements.
    pub supertraits: Vec<PathRef>,
}

/// An item a name can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Def {
    Crate(CrateId),
    Module(ModuleId),
    Adt(AdtId),
    Variant(AdtId, u32),
    Function(FnId),
    Trait(TraitId),
    Static(StaticId),
    Macro(MacroId),
    Alias(AliasId),
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: Name,
    pub parent: Option<ModuleId>,
    pub krate: CrateId,
    pub file: FileId,
    pub span: Span,
    /// Items declared here (not imports), in source order.
    pub items: Vec<(Name, Def)>,
    pub imports: Vec<Import>,
}

#[derive(Clone, Debug)]
pub struct Crate {
    /// The name other crates use for it (`my_lib` for package `my-lib`).
    pub name: Name,
    pub root: ModuleId,
    /// Workspace crates this one may name, by the name it uses for them.
    pub dependencies: Vec<(Name, CrateId)>,
}

/// Every crate of the workspace, linked into arenas.
#[derive(Debug, Default)]
pub struct Program {
    pub crates: Vec<Crate>,
    pub modules: Vec<Module>,
    pub adts: Vec<Adt>,
    pub functions: Vec<Function>,
    pub impls: Vec<Impl>,
    pub traits: Vec<Trait>,
    pub statics: Vec<Static>,
    pub macros: Vec<MacroRules>,
    pub aliases: Vec<TypeAlias>,
    pub annotation_errors: Vec<AnnotationError>,
    pub suppressions: Vec<(Suppression, SuppressionScope)>,
}

impl Program {
    pub fn function(&self, id: FnId) -> &Function {
        &self.functions[id.index()]
    }

    pub fn adt(&self, id: AdtId) -> &Adt {
        &self.adts[id.index()]
    }

    pub fn module(&self, id: ModuleId) -> &Module {
        &self.modules[id.index()]
    }

    /// Gives back the room that growing the tables one module at a time left unused, up to half
    /// of each: the program stays in memory through the whole analysis.
    pub fn shrink_to_fit(&mut self) {
        self.modules.shrink_to_fit();
        for module in &mut self.modules {
            module.items.shrink_to_fit();
            module.imports.shrink_to_fit();
        }
        self.adts.shrink_to_fit();
        self.functions.shrink_to_fit();
        self.impls.shrink_to_fit();
        self.traits.shrink_to_fit();
        self.statics.shrink_to_fit();
        self.macros.shrink_to_fit();
        self.aliases.shrink_to_fit();
    }

    pub fn fn_ids(&self) -> impl Iterator<Item = FnId> + '_ {
        (0..self.functions.len() as u32).map(FnId)
    }

    /// Adds one lowered module and everything inside it; returns the new module's id.
    /// Outline children are not followed here: the caller links their files as they are loaded.
    pub fn link_module(
        &mut self,
        lowered: LoweredModule,
        name: Name,
        parent: Option<ModuleId>,
        krate: CrateId,
        file: FileId,
        span: Span,
    ) -> (ModuleId, Vec<(ModuleId, OutlineModule)>) {
        let module_id = ModuleId(self.modules.len() as u32);
        self.modules.push(Module {
            name: name.clone(),
            parent,
            krate,
            file,
            span,
            items: Vec::new(),
            imports: lowered.imports,
        });
        if let Some(parent) = parent {
            self.modules[parent.index()].items.push((name, Def::Module(module_id)));
        }
        let mut items = Vec::new();
        for mut adt in lowered.adts {
            adt.module = module_id;
            let id = AdtId(self.adts.len() as u32);
            items.push((adt.name.clone(), Def::Adt(id)));
            self.adts.push(adt);
        }
        for function in lowered.functions {
            let id = self.push_function(function, module_id, Container::Free);
            items.push((self.functions[id.index()].name.clone(), Def::Function(id)));
        }
        for lowered_trait in lowered.traits {
            let trait_id = TraitId(self.traits.len() as u32);
            let functions = lowered_trait
                .functions
                .into_iter()
                .map(|function| self.push_function(function, module_id, Container::Trait(trait_id)))
                .collect();
            items.push((lowered_trait.name.clone(), Def::Trait(trait_id)));
            self.traits.push(Trait {
                name: lowered_trait.name,
                span: lowered_trait.span,
                functions,
                module: module_id,
                supertraits: lowered_trait.supertraits,
            });
        }
        for lowered_impl in lowered.impls {
            let impl_id = ImplId(self.impls.len() as u32);
            let functions = lowered_impl
                .functions
                .into_iter()
                .map(|function| self.push_function(function, module_id, Container::Impl(impl_id)))
                .collect();
            self.impls.push(Impl {
                self_ty: lowered_impl.self_ty,
                trait_path: lowered_impl.trait_path,
                generics: lowered_impl.generics,
                functions,
                module: module_id,
                span: lowered_impl.span,
            });
        }
        for mut item in lowered.statics {
            item.module = module_id;
            items.push((item.name.clone(), Def::Static(StaticId(self.statics.len() as u32))));
            self.statics.push(item);
        }
        for mut item in lowered.macros {
            item.module = module_id;
            items.push((item.name.clone(), Def::Macro(MacroId(self.macros.len() as u32))));
            self.macros.push(item);
        }
        for mut item in lowered.aliases {
            item.module = module_id;
            items.push((item.name.clone(), Def::Alias(AliasId(self.aliases.len() as u32))));
            self.aliases.push(item);
        }
        self.annotation_errors.extend(lowered.annotation_errors);
        self.suppressions.extend(
            lowered
                .suppressions
                .into_iter()
                .map(|(suppression, range)| (suppression, SuppressionScope::Range(range))),
        );
        self.modules[module_id.index()].items.extend(items);

        let mut outline: Vec<(ModuleId, OutlineModule)> =
            lowered.outline_modules.into_iter().map(|decl| (module_id, decl)).collect();
        for inline in lowered.inline_modules {
            let (_, nested) = self.link_module(
                inline.body,
                inline.name,
                Some(module_id),
                krate,
                file,
                inline.span,
            );
            outline.extend(nested);
        }
        (module_id, outline)
    }

    fn push_function(
        &mut self,
        mut function: Function,
        module: ModuleId,
        container: Container,
    ) -> FnId {
        function.module = module;
        function.container = container;
        let id = FnId(self.functions.len() as u32);
        self.functions.push(function);
        id
    }

    /// The chain of inline module names from the file's top module down to `module`, used to find
    /// the files of `mod x;` declared inside inline modules.
    pub fn inline_path(&self, module: ModuleId) -> Vec<Name> {
        let mut names = Vec::new();
        let file = self.module(module).file;
        let mut current = module;
        while let Some(parent) = self.module(current).parent {
            if self.module(parent).file != file {
                break;
            }
            names.push(self.module(current).name.clone());
            current = parent;
        }
        names.reverse();
        names
    }
}
