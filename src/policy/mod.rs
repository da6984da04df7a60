//! The policy: which purposes forbid which uses, and the findings that flows and load problems
//! become under it.

pub mod config;
pub mod lints;
pub mod suppression;

use std::collections::{BTreeMap, BTreeSet};

use crate::flow::value::{FieldKey, Step};
use crate::flow::{Flow, FlowKind, field_display};
use crate::model::{Annotation, FileId, Name, Program, Span};
use crate::resolve::Resolver;
use crate::sources::LoadProblem;

use lints::{Level, Lint};

/// Purposes and the uses each forbids (or the only uses each allows).
#[derive(Clone, Debug)]
pub struct Policy {
    rules: Vec<(Name, Rule)>,
    /// Uses the configuration declares; with `closed`, the only names annotations may use.
    declared_uses: Vec<Name>,
    /// The vocabulary comes from a configuration file: every name must be declared there.
    closed: bool,
}

#[derive(Clone, Debug)]
pub enum Rule {
    Forbids(Vec<Name>),
    AllowsOnly(Vec<Name>),
}

impl Default for Policy {
    /// Without configuration: data collected for `security` must not be used for `ad_targeting`.
    fn default() -> Self {
        Policy {
            rules: vec![("security".into(), Rule::Forbids(vec!["ad_targeting".into()]))],
            declared_uses: Vec::new(),
            closed: false,
        }
    }
}

/// Names well known enough that a near miss of one is probably a typo.
const WELL_KNOWN: &[&str] = &[
    "security",
    "authentication",
    "fraud_prevention",
    "account_recovery",
    "billing",
    "analytics",
    "marketing",
    "advertising",
    "ad_targeting",
    "personalization",
    "support",
    "legal",
    "compliance",
    "operations",
    "research",
    "notifications",
    "profiling",
    "recommendations",
];

impl Policy {
    pub fn new(rules: Vec<(Name, Rule)>, declared_uses: Vec<Name>, closed: bool) -> Policy {
        Policy { rules, declared_uses, closed }
    }

    pub fn forbids(&self, purpose: &str, use_name: &str) -> bool {
        self.rules.iter().any(|(name, rule)| {
            **name == *purpose
                && match rule {
                    Rule::Forbids(uses) => uses.iter().any(|u| **u == *use_name),
                    Rule::AllowsOnly(uses) => !uses.iter().any(|u| **u == *use_name),
                }
        })
    }

    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Whether a purpose or use name is known, and the nearest known name when it is not.
    fn check_name(&self, name: &str, is_use: bool) -> Result<(), Option<String>> {
        let mut known: Vec<&str> = if is_use {
            let in_rules = self.rules.iter().flat_map(|(_, rule)| match rule {
                Rule::Forbids(uses) | Rule::AllowsOnly(uses) => uses.iter().map(|u| &**u),
            });
            self.declared_uses.iter().map(|u| &**u).chain(in_rules).collect()
        } else {
            self.rules.iter().map(|(name, _)| &**name).collect()
        };
        if !self.closed {
            known.extend(WELL_KNOWN);
        }
        if known.contains(&name) {
            return Ok(());
        }
        let nearest = known
            .iter()
            .map(|candidate| (strsim::levenshtein(name, candidate), *candidate))
            .filter(|(distance, candidate)| *distance > 0 && *distance <= typo_distance(candidate))
            .min()
            .map(|(_, candidate)| candidate.to_string());
        // Without a configuration any name is a purpose of its own; only near misses are typos.
        if !self.closed && nearest.is_none() {
            return Ok(());
        }
        Err(nearest)
    }
}

/// How far a name may be from a known one to count as its misspelling: one edit in a short name,
/// two in a longer one. Wider would take distinct names (`fraud_detection`) for typos.
fn typo_distance(known: &str) -> usize {
    if known.len() <= 6 { 1 } else { 2 }
}

/// Purposes and uses in annotations that the policy does not know.
pub fn unknown_names(program: &Program, policy: &Policy) -> Vec<Finding> {
    let lint = &lints::unknown_purpose::LINT;
    let mut out = Vec::new();
    let mut check = |annotation: &Annotation, is_use: bool| {
        if let Err(nearest) = policy.check_name(&annotation.name, is_use) {
            let kind = if is_use { "use" } else { "purpose" };
            out.push(simple_finding(
                lint,
                lints::unknown_purpose::message(kind, &annotation.name),
                Label {
                    span: annotation.span,
                    message: format!("no rule of the policy names this {kind}"),
                },
                lints::unknown_purpose::help(nearest.as_deref(), policy.is_closed()),
            ));
        }
    };
    for adt in &program.adts {
        for field in adt.variants.iter().flat_map(|variant| &variant.fields) {
            for purpose in &field.purposes {
                check(purpose, false);
            }
        }
    }
    for function in &program.functions {
        for use_name in &function.uses {
            check(use_name, true);
        }
    }
    out
}

fn simple_finding(lint: &'static Lint, message: String, primary: Label, help: String) -> Finding {
    Finding {
        lint,
        level: lint.default_level,
        message,
        primary,
        secondary: Vec::new(),
        path: Vec::new(),
        notes: Vec::new(),
        help: Some(help),
        flow: None,
    }
}

/// The span of `needle` in the configuration text, narrowed to `length` bytes from `skip`; the
/// start of the file when the text is not found (a Cargo.toml table spelled another way).
pub fn locate_in_config(
    file: FileId,
    text: &str,
    needle: &str,
    skip: usize,
    length: usize,
) -> Span {
    match text.find(needle) {
        Some(offset) => {
            Span { file, start: (offset + skip) as u32, end: (offset + skip + length) as u32 }
        }
        None => Span { file, start: 0, end: 0 },
    }
}

/// Rules of a configured policy that nothing in the workspace can trigger.
pub fn vacuity(
    program: &Program,
    config: &config::Config,
    file: FileId,
    text: &str,
    sinks_called: &BTreeSet<crate::model::FnId>,
) -> Vec<Finding> {
    let lint = &lints::vacuous_policy::LINT;
    let mut out = Vec::new();
    let mut report = |message: String, span: Span| {
        let label = Label { span, message: "this rule can never fail".into() };
        out.push(simple_finding(lint, message, label, lints::vacuous_policy::HELP.into()));
    };
    let annotated_purposes: BTreeSet<&str> = program
        .adts
        .iter()
        .flat_map(|adt| adt.variants.iter().flat_map(|variant| &variant.fields))
        .flat_map(|field| field.purposes.iter().map(|purpose| &*purpose.name))
        .collect();
    let annotated_uses: BTreeSet<&str> = program
        .functions
        .iter()
        .flat_map(|function| function.uses.iter().map(|u| &*u.name))
        .collect();
    if config.purposes_declared {
        for (purpose, rule) in &config.purposes {
            let span = locate_in_config(
                file,
                text,
                &format!("purposes.{purpose}"),
                "purposes.".len(),
                purpose.len(),
            );
            if !annotated_purposes.contains(purpose.as_str()) {
                report(lints::vacuous_policy::no_field(purpose), span);
            }
            if let config::PurposeRule::Forbids(uses) = rule {
                for use_name in
                    uses.iter().filter(|use_name| !annotated_uses.contains(use_name.as_str()))
                {
                    let span =
                        locate_in_config(file, text, &format!("\"{use_name}\""), 1, use_name.len());
                    report(lints::vacuous_policy::no_sink(use_name), span);
                }
            }
        }
    }
    for sink in &config.sinks {
        if !external_called(program, sinks_called, &sink.path) {
            let span =
                locate_in_config(file, text, &format!("\"{}\"", sink.path), 1, sink.path.len());
            report(lints::vacuous_policy::unused_external(&sink.path), span);
        }
    }
    out
}

/// Whether any call in the workspace reaches the configured sink of a dependency.
fn external_called(
    program: &Program,
    sinks_called: &BTreeSet<crate::model::FnId>,
    path: &str,
) -> bool {
    let name = path.rsplit("::").next().unwrap_or(path);
    sinks_called.iter().any(|id| {
        let sink = program.function(*id);
        sink.external && &*sink.name == name
    })
}

/// Sets each finding's level from the configuration and the command line; drops allowed ones.
pub fn apply_levels(findings: Vec<Finding>, levels: &BTreeMap<String, Level>) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut finding| {
            if let Some(level) = levels.get(finding.lint.name) {
                finding.level = *level;
            }
            (finding.level != Level::Allow).then_some(finding)
        })
        .collect()
}

/// Findings about the suppressions and declassifiers themselves.
pub fn suppression_findings(
    program: &Program,
    suppressions: &[suppression::ScopedSuppression],
    unused: &[suppression::ScopedSuppression],
) -> Vec<Finding> {
    use lints::{suppression_without_reason as no_reason, unused_suppression as unused_lint};
    let mut out = Vec::new();
    let missing = |what: &str, span: Span| {
        simple_finding(
            &no_reason::LINT,
            no_reason::message(what),
            Label { span, message: "no reason given".into() },
            no_reason::HELP.into(),
        )
    };
    for scoped in suppressions.iter().filter(|scoped| scoped.suppression.reason.is_none()) {
        out.push(missing("suppression", scoped.suppression.span));
    }
    for function in &program.functions {
        if let Some(declassified) = function.declassified.as_ref().filter(|d| d.reason.is_none()) {
            out.push(missing("declassifier", declassified.span));
        }
    }
    for name in suppressions.iter().flat_map(|scoped| &scoped.suppression.lints) {
        if lints::find(&name.name).is_some() {
            continue;
        }
        let nearest = lints::ALL
            .iter()
            .map(|lint| (strsim::levenshtein(&name.name, lint.name), lint.name))
            .filter(|(distance, _)| *distance <= 3)
            .min()
            .map(|(_, lint)| format!("did you mean `{lint}`?"));
        out.push(simple_finding(
            &unused_lint::LINT,
            unused_lint::unknown_lint(&name.name),
            Label { span: name.span, message: "this suppresses nothing".into() },
            nearest.unwrap_or_else(|| unused_lint::HELP.into()),
        ));
    }
    for scoped in unused {
        let known =
            scoped.suppression.lints.iter().filter(|lint| lints::find(&lint.name).is_some());
        let names: Vec<String> = known.map(|lint| format!("`{}`", lint.name)).collect();
        if names.is_empty() {
            continue; // already reported as unknown lint names
        }
        out.push(simple_finding(
            &unused_lint::LINT,
            unused_lint::message(&names.join(", ")),
            Label { span: scoped.suppression.span, message: "nothing here is reported".into() },
            unused_lint::HELP.into(),
        ));
    }
    out
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
        if let Some(mut finding) = violation(resolver, policy, flow) {
            if let Some(candidates) = flow.assumed {
                let sink =
                    &finding.flow.as_ref().map(|facts| facts.sink.clone()).unwrap_or_default();
                finding.notes.push(lints::assumed_dispatch::note(sink, candidates));
                let lint = &lints::assumed_dispatch::LINT;
                out.push(simple_finding(
                    lint,
                    lints::assumed_dispatch::message(sink),
                    Label { span: flow.site, message: "the call's target is assumed".into() },
                    lints::assumed_dispatch::HELP.into(),
                ));
            }
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

/// Findings for problems met after the analysis (a file that changed while it was checked).
pub fn problem_findings(problems: &[LoadProblem]) -> Vec<Finding> {
    problems.iter().map(load_finding).collect()
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
        LoadProblem::Changed { file } => (
            &lints::unparsable_file::LINT,
            "this file changed while it was checked".to_string(),
            Span { file: *file, start: 0, end: 0 },
            "findings in this file may point at the wrong lines".to_string(),
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
        LoadProblem::MissingInclude { span, path } => (
            &lints::missing_module::LINT,
            format!("included file `{path}` not found"),
            *span,
            "the included items were not checked".to_string(),
            Vec::new(),
        ),
        LoadProblem::IncludeOutside { span, path } => (
            &lints::missing_module::LINT,
            format!("included file `{path}` lies outside the workspace and was not read"),
            *span,
            "the included items were not checked".to_string(),
            Vec::new(),
        ),
        LoadProblem::ComputedInclude { span } => (
            &lints::missing_module::LINT,
            "the file this `include!` names is computed at build time and was not read".to_string(),
            *span,
            "the included items were not checked".to_string(),
            vec!["build scripts are never run, so generated code is not seen".to_string()],
        ),
    };
    let help = match problem {
        LoadProblem::Unreadable { error, .. } => Some(lints::unparsable_file::read_help(error)),
        LoadProblem::Syntax { .. } => Some(lints::unparsable_file::HELP),
        LoadProblem::Changed { .. } => Some(lints::unparsable_file::CHANGED_HELP),
        _ => None,
    }
    .map(String::from);
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
