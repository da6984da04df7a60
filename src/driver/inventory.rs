//! What the code declares and where data goes, for privacy reviews: every annotated source and
//! sink, every flow (allowed ones too), and every declassifier. Built from the analysis results,
//! rendered by `report::inventory`.

use crate::flow::value::Step;
use crate::flow::{Flow, field_display};
use crate::model::{Program, Span};
use crate::policy::Policy;
use crate::resolve::Resolver;

#[derive(Clone, Debug, Default)]
pub struct Inventory {
    pub sources: Vec<SourceEntry>,
    pub sinks: Vec<SinkEntry>,
    pub flows: Vec<FlowEntry>,
    pub declassifiers: Vec<DeclassifierEntry>,
}

/// An annotated field, or a configured field of a dependency.
#[derive(Clone, Debug)]
pub struct SourceEntry {
    pub field: String,
    pub purposes: Vec<String>,
    pub span: Span,
}

/// An annotated function, or a configured function of a dependency.
#[derive(Clone, Debug)]
pub struct SinkEntry {
    pub function: String,
    pub uses: Vec<String>,
    pub span: Span,
}

/// Data from a source reaching a sink, whether the policy allows it or not.
#[derive(Clone, Debug)]
pub struct FlowEntry {
    pub field: String,
    pub purposes: Vec<String>,
    pub sink: String,
    pub uses: Vec<String>,
    pub allowed: bool,
    pub site: Span,
    pub path: Vec<Step>,
}

#[derive(Clone, Debug)]
pub struct DeclassifierEntry {
    pub function: String,
    pub reason: Option<String>,
    pub span: Span,
}

pub fn build(resolver: &Resolver<'_>, policy: &Policy, flows: &[Flow]) -> Inventory {
    let program = resolver.program;
    let mut inventory = Inventory::default();
    for (index, adt) in program.adts.iter().enumerate() {
        for (variant_index, variant) in adt.variants.iter().enumerate() {
            for field in variant.fields.iter().filter(|field| !field.purposes.is_empty()) {
                let key = crate::flow::value::FieldKey {
                    adt: crate::model::AdtId(index as u32),
                    variant: variant_index as u32,
                    member: field.member.clone(),
                };
                inventory.sources.push(SourceEntry {
                    field: field_display(program, &key),
                    purposes: field.purposes.iter().map(|p| p.name.to_string()).collect(),
                    span: field.span,
                });
            }
        }
    }
    for id in program.fn_ids() {
        let function = program.function(id);
        let uses = crate::flow::uses_of(resolver, id);
        if !uses.is_empty() {
            inventory.sinks.push(SinkEntry {
                function: function_display(program, id),
                uses: uses.iter().map(|u| u.name.to_string()).collect(),
                span: function.name_span,
            });
        }
        if let Some(declassified) = &function.declassified {
            inventory.declassifiers.push(DeclassifierEntry {
                function: function_display(program, id),
                reason: declassified.reason.clone(),
                span: declassified.span,
            });
        }
    }
    for flow in flows {
        let Some(field) =
            program.adt(flow.field.adt).variants.get(flow.field.variant as usize).and_then(
                |variant| variant.fields.iter().find(|field| field.member == flow.field.member),
            )
        else {
            continue;
        };
        let purposes: Vec<String> = field.purposes.iter().map(|p| p.name.to_string()).collect();
        let uses: Vec<String> =
            crate::flow::uses_of(resolver, flow.sink).iter().map(|u| u.name.to_string()).collect();
        let allowed = !purposes
            .iter()
            .any(|purpose| uses.iter().any(|use_name| policy.forbids(purpose, use_name)));
        inventory.flows.push(FlowEntry {
            field: field_display(program, &flow.field),
            purposes,
            sink: function_display(program, flow.sink),
            uses,
            allowed,
            site: flow.site,
            path: flow.trace.steps(),
        });
    }
    inventory
}

/// `Type::method` for methods, the name for free functions.
fn function_display(program: &Program, id: crate::model::FnId) -> String {
    let function = program.function(id);
    let owner = match function.container {
        crate::model::Container::Impl(impl_id) => match &program.impls[impl_id.index()].self_ty {
            crate::model::types::TypeRef::Path(path) => {
                path.last_name().map(|name| name.to_string())
            }
            _ => None,
        },
        crate::model::Container::Trait(trait_id) => {
            Some(program.traits[trait_id.index()].name.to_string())
        }
        crate::model::Container::Free => None,
    };
    match owner {
        Some(owner) => format!("{owner}::{}", function.name),
        None => function.name.to_string(),
    }
}
