//! The policy: which purposes forbid which uses, and the findings that flows and load problems
//! become under it.

pub mod lints;

use crate::flow::value::{FieldKey, Step};
use crate::flow::{Flow, FlowKind, field_display};
use crate::model::{Annotation, Name, Program, Span};
use crate::resolve::Resolver;
use crate::sources::LoadProblem;

use lints::{Level, Lint};

/// Purposes and the uses each forbids.
#[derive(Clone, Debug)]
pub struct Policy {
    forbidden: Vec<(Name, Vec<Name>)>,
}

impl Default for Policy {
    /// Without configuration: data collected for `security` must not be used for `ad_targeting`.
    fn default() -> Self {
        Policy { forbidden: vec![("security".into(), vec!["ad_targeting".into()])] }
    }
}

impl Policy {
    pub fn forbids(&self, purpose: &str, use_name: &str) -> bool {
        self.forbidden
            .iter()
            .any(|(p, uses)| &**p == purpose && uses.iter().any(|u| &**u == use_name))
    }
}

/// A labelled place in the code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One diagnostic, ready for any output format.
#[derive(Clone, Debug)]
pub struct Finding {
    pub lint: &'static Lint,
    pub level: Level,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    /// The ordered steps from the annotated field to the sink.
    pub path: Vec<Step>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    /// For purpose violations: what flowed where, for fingerprints and machine output.
    pub flow: Option<FlowFacts>,
}

#[derive(Clone, Debug)]
pub struct FlowFacts {
    pub field: String,
    pub purpose: String,
    pub sink: String,
    pub use_name: String,
    /// The function the primary location is in.
    pub function: String,
}

/// Turns the analysis results into findings under `policy`, at the lints' default levels.
pub fn findings(
    resolver: &Resolver<'_>,
    policy: &Policy,
    flows: &[Flow],
    problems: &[LoadProblem],
    internal_errors: &[(crate::model::FnId, String)],
) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for flow in flows {
        if !seen.insert((flow.field.clone(), flow.site)) {
            continue;
        }
        if let Some(finding) = violation(resolver, policy, flow) {
            out.push(finding);
        }
    }
    out.extend(problems.iter().map(load_finding));
    out.extend(internal_errors.iter().map(|(function, detail)| {
        let function = resolver.program.function(*function);
        let lint = &lints::internal_error::LINT;
        Finding {
            lint,
            level: lint.default_level,
            message: lints::internal_error::message(&function.name, detail),
            primary: Label {
                span: function.name_span,
                message: "flows through this function were not checked".into(),
            },
            secondary: Vec::new(),
            path: Vec::new(),
            notes: Vec::new(),
            help: Some(lints::internal_error::HELP.into()),
            flow: None,
        }
    }));
    out.extend(resolver.program.annotation_errors.iter().map(|error| Finding {
        lint: &lints::malformed_annotation::LINT,
        level: lints::malformed_annotation::LINT.default_level,
        message: error.message.clone(),
        primary: Label { span: error.span, message: "this annotation is not read".into() },
        secondary: Vec::new(),
        path: Vec::new(),
        notes: Vec::new(),
        help: Some(lints::malformed_annotation::HELP.into()),
        flow: None,
    }));
    out
}

fn violation(resolver: &Resolver<'_>, policy: &Policy, flow: &Flow) -> Option<Finding> {
    let program = resolver.program;
    let field = field_def(program, &flow.field)?;
    let uses = crate::flow::uses_of(resolver, flow.sink);
    let (purpose, use_annotation) = field
        .purposes
        .iter()
        .flat_map(|purpose| uses.iter().map(move |use_name| (purpose, use_name)))
        .find(|(purpose, use_name)| policy.forbids(&purpose.name, &use_name.name))?;
    let field_name = field_display(program, &flow.field);
    let sink = program.function(flow.sink);
    let lint = &lints::purpose_violation::LINT;
    Some(Finding {
        lint,
        level: lint.default_level,
        message: lints::purpose_violation::message(&purpose.name, &use_annotation.name),
        primary: Label {
            span: flow.site,
            message: lints::purpose_violation::primary_label(
                &field_name,
                &sink.name,
                flow.kind == FlowKind::ReadInSink,
            ),
        },
        secondary: vec![
            Label {
                span: field.span,
                message: format!("`{field_name}` is collected for `{}` here", purpose.name),
            },
            sink_label(sink.name_span, &sink.name, use_annotation),
        ],
        path: flow.trace.steps(),
        notes: Vec::new(),
        help: Some(lints::purpose_violation::help(&purpose.name, &use_annotation.name)),
        flow: Some(FlowFacts {
            field: field_name,
            purpose: purpose.name.to_string(),
            sink: sink.name.to_string(),
            use_name: use_annotation.name.to_string(),
            function: program.function(flow.function).name.to_string(),
        }),
    })
}

fn sink_label(span: Span, name: &str, use_annotation: &Annotation) -> Label {
    Label { span, message: format!("`{name}` is used for `{}`", use_annotation.name) }
}

fn field_def<'p>(program: &'p Program, key: &FieldKey) -> Option<&'p crate::model::FieldDef> {
    program
        .adt(key.adt)
        .variants
        .get(key.variant as usize)?
        .fields
        .iter()
        .find(|field| field.member == key.member)
}

fn load_finding(problem: &LoadProblem) -> Finding {
    let (lint, message, span, label, notes) = match problem {
        LoadProblem::Unreadable { file, error } => (
            &lints::unparsable_file::LINT,
            format!("{error}"),
            Span { file: *file, start: 0, end: 0 },
            "nothing in this file was checked".to_string(),
            Vec::new(),
        ),
        LoadProblem::Syntax { span, message } => (
            &lints::unparsable_file::LINT,
            format!("this file does not parse: {message}"),
            *span,
            "parsing stopped here; nothing in this file was checked".to_string(),
            Vec::new(),
        ),
        LoadProblem::MissingModule { span, name, tried } => (
            &lints::missing_module::LINT,
            lints::missing_module::missing_message(name),
            *span,
            "this module was not checked".to_string(),
            vec![format!("looked for {}", tried.join(" and "))],
        ),
        LoadProblem::OutsideWorkspace { span, name, path } => (
            &lints::missing_module::LINT,
            lints::missing_module::outside_message(name),
            *span,
            "this module was not checked".to_string(),
            vec![format!("the file resolves to {path}")],
        ),
    };
    let help = if lint.name == lints::unparsable_file::LINT.name {
        Some(lints::unparsable_file::HELP.into())
    } else {
        None
    };
    Finding {
        lint,
        level: lint.default_level,
        message,
        primary: Label { span, message: label },
        secondary: Vec::new(),
        path: Vec::new(),
        notes,
        help,
        flow: None,
    }
}
