//! `cargo purpose inventory`: what the code declares and where its data goes, for privacy reviews.
//! Every annotated source and sink, every flow (allowed ones too) with its path, every suppression
//! with its reason and the finding it hides, every declassifier, and what the analysis could not see.
//!
//! The analysis results are first turned into [`InventoryReport`], the versioned JSON output type
//! (schema in `docs/inventory.md`); Markdown, Mermaid and Graphviz DOT are rendered from that one
//! value, so the formats cannot disagree. Names and reasons come from the checked code and the
//! configuration, so each format escapes them for its own syntax.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::driver::CheckStats;
use crate::driver::inventory::Inventory;
use crate::model::Span;
use crate::policy::Finding;
use crate::policy::suppression::Suppressed;
use crate::sources::SourceDb;

use super::{Locator, sanitize};

/// Version of the inventory's JSON schema; fields may be added within a version, never removed or
/// renamed.
pub const SCHEMA_VERSION: u32 = 1;

const UNUSED_SUPPRESSION: &str = crate::policy::lints::unused_suppression::LINT.name;

/// What the inventory is built from: the outcome of one check.
pub struct Input<'a> {
    pub inventory: &'a Inventory,
    pub suppressed: &'a [Suppressed],
    /// The findings of the check; the `unused_suppression` ones are listed as suppressions that hide
    /// nothing.
    pub findings: &'a [Finding],
    pub stats: &'a CheckStats,
    pub sources: &'a SourceDb,
}

impl<'a> Input<'a> {
    /// The inventory of a whole check.
    pub fn of(outcome: &'a crate::driver::CheckOutcome) -> Input<'a> {
        Input {
            inventory: &outcome.inventory,
            suppressed: &outcome.suppressed,
            findings: &outcome.findings,
            stats: &outcome.stats,
            sources: &outcome.sources,
        }
    }
}

#[derive(Serialize)]
pub struct InventoryReport {
    pub version: u32,
    pub tool: super::json::Tool,
    pub summary: Summary,
    pub sources: Vec<Source>,
    pub sinks: Vec<Sink>,
    pub flows: Vec<Flow>,
    pub suppressions: Vec<Suppression>,
    pub unused_suppressions: Vec<UnusedSuppression>,
    pub declassifiers: Vec<Declassifier>,
    pub blind_spots: BlindSpots,
}

#[derive(Serialize)]
pub struct Summary {
    pub sources: usize,
    pub sinks: usize,
    pub flows: usize,
    /// Flows the policy forbids that no suppression covers.
    pub violations: usize,
    /// Flows the policy forbids that a suppression covers.
    pub suppressed: usize,
    pub allowed: usize,
    pub suppressions: usize,
    pub declassifiers: usize,
}

/// A place in the workspace: file relative to the root with `/` separators, 1-based line and column.
#[derive(Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Serialize)]
pub struct Source {
    pub field: String,
    pub purposes: Vec<String>,
    pub location: Place,
}

#[derive(Serialize)]
pub struct Sink {
    pub function: String,
    pub uses: Vec<String>,
    pub location: Place,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowStatus {
    /// The policy forbids it and nothing suppresses it.
    Violation,
    /// The policy forbids it and a suppression covers it.
    Suppressed,
    /// The policy allows it.
    Allowed,
}

impl FlowStatus {
    pub fn word(self) -> &'static str {
        match self {
            FlowStatus::Violation => "violation",
            FlowStatus::Suppressed => "suppressed violation",
            FlowStatus::Allowed => "allowed",
        }
    }
}

#[derive(Serialize)]
pub struct Flow {
    /// 1-based, in the order flows are listed.
    pub id: usize,
    pub field: String,
    pub purposes: Vec<String>,
    pub sink: String,
    pub uses: Vec<String>,
    /// Whether the policy allows the flow.
    pub allowed: bool,
    pub status: FlowStatus,
    /// Where the data enters the sink.
    pub location: Place,
    pub path: Vec<Step>,
}

#[derive(Serialize)]
pub struct Step {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Serialize)]
pub struct Suppression {
    /// The lint of the finding it hides.
    pub lint: &'static str,
    pub reason: Option<String>,
    /// Where the suppression is written.
    pub location: Place,
    pub hides: HiddenFinding,
}

#[derive(Serialize)]
pub struct HiddenFinding {
    pub message: String,
    pub location: Place,
}

#[derive(Serialize)]
pub struct UnusedSuppression {
    pub message: String,
    pub location: Place,
}

#[derive(Serialize)]
pub struct Declassifier {
    pub function: String,
    pub reason: Option<String>,
    pub location: Place,
}

#[derive(Serialize)]
pub struct BlindSpots {
    pub crates: Vec<CrateBlindSpots>,
    /// Functions whose fixed point was cut short: flows through them may be incomplete.
    pub fixed_point_bound_hit: Vec<BoundHit>,
}

#[derive(Serialize)]
pub struct CrateBlindSpots {
    pub name: String,
    /// Calls to code outside the workspace, assumed to pass their inputs to their result.
    pub calls_external: u32,
    /// Method calls whose target was assumed (trait objects, generics, unknown receivers).
    pub methods_assumed: u32,
    /// Method calls outside the workspace, modelled by what std-like methods do.
    pub methods_external: u32,
    /// Macros the analysis does not expand; their arguments are assumed to reach their result.
    pub macros_unmodelled: u32,
}

#[derive(Serialize)]
pub struct BoundHit {
    pub function: String,
    pub location: Place,
}

/// Builds the report: everything sorted by place, flows without duplicates.
pub fn build(input: &Input<'_>) -> InventoryReport {
    let locator = Locator::new(input.sources);
    let place = |span: Span| {
        let position = locator.position(span);
        Place { file: position.file, line: position.line, column: position.column }
    };
    let inventory = input.inventory;

    let mut sources: Vec<Source> = inventory
        .sources
        .iter()
        .map(|entry| Source {
            field: sanitize(&entry.field),
            purposes: clean_all(&entry.purposes),
            location: place(entry.span),
        })
        .collect();
    sources.sort_by(|a, b| (&a.location, &a.field).cmp(&(&b.location, &b.field)));

    let mut sinks: Vec<Sink> = inventory
        .sinks
        .iter()
        .map(|entry| Sink {
            function: sanitize(&entry.function),
            uses: clean_all(&entry.uses),
            location: place(entry.span),
        })
        .collect();
    sinks.sort_by(|a, b| (&a.location, &a.function).cmp(&(&b.location, &b.function)));

    let suppressed_sites: BTreeSet<(&str, &str, Span)> = input
        .suppressed
        .iter()
        .filter_map(|entry| {
            let facts = entry.finding.flow.as_ref()?;
            Some((facts.field.as_str(), facts.sink.as_str(), entry.finding.primary.span))
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut flows: Vec<Flow> = Vec::new();
    for entry in &inventory.flows {
        if !seen.insert((entry.field.clone(), entry.sink.clone(), entry.site)) {
            continue;
        }
        let sink_name = entry.sink.rsplit("::").next().unwrap_or(&entry.sink);
        let status = if entry.allowed {
            FlowStatus::Allowed
        } else if suppressed_sites.contains(&(entry.field.as_str(), sink_name, entry.site)) {
            FlowStatus::Suppressed
        } else {
            FlowStatus::Violation
        };
        flows.push(Flow {
            id: 0,
            field: sanitize(&entry.field),
            purposes: clean_all(&entry.purposes),
            sink: sanitize(&entry.sink),
            uses: clean_all(&entry.uses),
            allowed: entry.allowed,
            status,
            location: place(entry.site),
            path: entry
                .path
                .iter()
                .map(|step| {
                    let Place { file, line, column } = place(step.span);
                    Step { file, line, column, message: sanitize(&step.message) }
                })
                .collect(),
        });
    }
    flows.sort_by(|a, b| (&a.location, &a.field, &a.sink).cmp(&(&b.location, &b.field, &b.sink)));
    for (index, flow) in flows.iter_mut().enumerate() {
        flow.id = index + 1;
    }

    let mut suppressions: Vec<Suppression> = input
        .suppressed
        .iter()
        .map(|entry| Suppression {
            lint: entry.finding.lint.name,
            reason: entry.reason.as_deref().map(sanitize),
            location: place(entry.suppression),
            hides: HiddenFinding {
                message: sanitize(&entry.finding.message),
                location: place(entry.finding.primary.span),
            },
        })
        .collect();
    suppressions.sort_by(|a, b| {
        (&a.location, &a.hides.location, a.lint).cmp(&(&b.location, &b.hides.location, b.lint))
    });

    let unused_suppressions: Vec<UnusedSuppression> = input
        .findings
        .iter()
        .filter(|finding| finding.lint.name == UNUSED_SUPPRESSION)
        .map(|finding| UnusedSuppression {
            message: sanitize(&finding.message),
            location: place(finding.primary.span),
        })
        .collect();

    let mut declassifiers: Vec<Declassifier> = inventory
        .declassifiers
        .iter()
        .map(|entry| Declassifier {
            function: sanitize(&entry.function),
            reason: entry.reason.as_deref().map(sanitize),
            location: place(entry.span),
        })
        .collect();
    declassifiers.sort_by(|a, b| (&a.location, &a.function).cmp(&(&b.location, &b.function)));

    let blind_spots = BlindSpots {
        crates: super::json::crate_stats(input.stats)
            .into_iter()
            .map(|row| CrateBlindSpots {
                name: sanitize(&row.name),
                calls_external: row.calls_external,
                methods_assumed: row.methods_assumed,
                methods_external: row.methods_external,
                macros_unmodelled: row.macros_unmodelled,
            })
            .collect(),
        fixed_point_bound_hit: input
            .stats
            .bound_hit
            .iter()
            .map(|(name, span)| BoundHit { function: sanitize(name), location: place(*span) })
            .collect(),
    };

    let count = |status| flows.iter().filter(|flow| flow.status == status).count();
    InventoryReport {
        version: SCHEMA_VERSION,
        tool: super::json::Tool { name: "cargo-purpose", version: env!("CARGO_PKG_VERSION") },
        summary: Summary {
            sources: sources.len(),
            sinks: sinks.len(),
            flows: flows.len(),
            violations: count(FlowStatus::Violation),
            suppressed: count(FlowStatus::Suppressed),
            allowed: count(FlowStatus::Allowed),
            suppressions: suppressions.len(),
            declassifiers: declassifiers.len(),
        },
        sources,
        sinks,
        flows,
        suppressions,
        unused_suppressions,
        declassifiers,
        blind_spots,
    }
}

fn clean_all(names: &[String]) -> Vec<String> {
    names.iter().map(|name| sanitize(name)).collect()
}

/// The JSON output (schema in `docs/inventory.md`).
pub fn render_json(report: &InventoryReport) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}

// The picture: one node per annotated field and per sink, one edge per field and sink that data
// flows between.

/// A node of the picture.
struct Node {
    id: String,
    /// Lines of the label, unescaped.
    lines: Vec<String>,
    /// Whether a violation (suppressed or not) starts or ends here.
    in_violation: bool,
}

/// An edge of the picture: every flow from one field to one sink.
struct Edge {
    from: String,
    to: String,
    /// How many of its flows have each status, in the order violation, suppressed, allowed.
    counts: [usize; 3],
}

impl Edge {
    /// The worst status among its flows: a violation before a suppressed one before an allowed one.
    fn status(&self) -> FlowStatus {
        let statuses = [FlowStatus::Violation, FlowStatus::Suppressed, FlowStatus::Allowed];
        statuses
            .into_iter()
            .zip(self.counts)
            .find(|(_, count)| *count > 0)
            .map_or(FlowStatus::Allowed, |(status, _)| status)
    }

    /// `violation`, `violation, 2 places`, or `1 violation, 1 suppressed violation` when they differ.
    fn label(&self) -> String {
        let statuses = [FlowStatus::Violation, FlowStatus::Suppressed, FlowStatus::Allowed];
        let present: Vec<(FlowStatus, usize)> =
            statuses.into_iter().zip(self.counts).filter(|(_, count)| *count > 0).collect();
        match present.as_slice() {
            [(status, 1)] => status.word().to_string(),
            [(status, count)] => format!("{}, {count} places", status.word()),
            _ => present
                .iter()
                .map(|(status, count)| format!("{count} {}", status.word()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

struct Graph {
    fields: Vec<Node>,
    sinks: Vec<Node>,
    edges: Vec<Edge>,
}

fn graph(report: &InventoryReport) -> Graph {
    let join = |names: &[String]| names.join(", ");
    // Fields and sinks are told apart by name; the same name declared twice is one node.
    let mut fields: BTreeMap<String, Node> = BTreeMap::new();
    let mut field_order: Vec<String> = Vec::new();
    let mut add_field = |name: &str, purposes: &[String]| {
        if !fields.contains_key(name) {
            let id = format!("field{}", field_order.len());
            let lines = vec![name.to_string(), format!("collected for {}", join(purposes))];
            fields.insert(name.to_string(), Node { id, lines, in_violation: false });
            field_order.push(name.to_string());
        }
    };
    for source in &report.sources {
        add_field(&source.field, &source.purposes);
    }
    for flow in &report.flows {
        add_field(&flow.field, &flow.purposes);
    }
    let mut sinks: BTreeMap<String, Node> = BTreeMap::new();
    let mut sink_order: Vec<String> = Vec::new();
    let mut add_sink = |name: &str, uses: &[String]| {
        if !sinks.contains_key(name) {
            let id = format!("sink{}", sink_order.len());
            let lines = vec![name.to_string(), format!("used for {}", join(uses))];
            sinks.insert(name.to_string(), Node { id, lines, in_violation: false });
            sink_order.push(name.to_string());
        }
    };
    for sink in &report.sinks {
        add_sink(&sink.function, &sink.uses);
    }
    for flow in &report.flows {
        add_sink(&flow.sink, &flow.uses);
    }
    let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
    let mut edge_order: Vec<(String, String)> = Vec::new();
    for flow in &report.flows {
        let key = (flow.field.clone(), flow.sink.clone());
        let from = fields[&flow.field].id.clone();
        let to = sinks[&flow.sink].id.clone();
        let edge = edges.entry(key.clone()).or_insert_with(|| {
            edge_order.push(key);
            Edge { from, to, counts: [0; 3] }
        });
        edge.counts[flow.status as usize] += 1;
        if flow.status != FlowStatus::Allowed {
            if let Some(node) = fields.get_mut(&flow.field) {
                node.in_violation = true;
            }
            if let Some(node) = sinks.get_mut(&flow.sink) {
                node.in_violation = true;
            }
        }
    }
    let take = |map: &mut BTreeMap<String, Node>, order: Vec<String>| -> Vec<Node> {
        order.iter().filter_map(|name| map.remove(name)).collect()
    };
    Graph {
        fields: take(&mut fields, field_order),
        sinks: take(&mut sinks, sink_order),
        edges: edge_order.iter().filter_map(|key| edges.remove(key)).collect(),
    }
}

const VIOLATION_COLOR: &str = "#d1242f";
const ALLOWED_COLOR: &str = "#1a7f37";

/// A Mermaid `flowchart LR`: fields on the left, sinks on the right, violations in red. GitHub
/// renders it inside a ```` ```mermaid ```` fence.
pub fn render_mermaid(report: &InventoryReport) -> String {
    let graph = graph(report);
    let mut out = String::from("flowchart LR\n");
    let node = |node: &Node, open: &str, close: &str| {
        let label: Vec<String> = node.lines.iter().map(|line| mermaid_text(line)).collect();
        format!("    {}{open}\"{}\"{close}\n", node.id, label.join("<br/>"))
    };
    if !graph.fields.is_empty() {
        out.push_str("    subgraph sources [\"annotated fields\"]\n");
        for field in &graph.fields {
            out.push_str(&format!("    {}", node(field, "[", "]")));
        }
        out.push_str("    end\n");
    }
    if !graph.sinks.is_empty() {
        out.push_str("    subgraph sinks [\"sinks\"]\n");
        for sink in &graph.sinks {
            out.push_str(&format!("    {}", node(sink, "([", "])")));
        }
        out.push_str("    end\n");
    }
    for edge in &graph.edges {
        let arrow = if edge.status() == FlowStatus::Suppressed { "-.->" } else { "-->" };
        out.push_str(&format!(
            "    {} {arrow}|\"{}\"| {}\n",
            edge.from,
            mermaid_text(&edge.label()),
            edge.to
        ));
    }
    for (index, edge) in graph.edges.iter().enumerate() {
        let color =
            if edge.status() == FlowStatus::Allowed { ALLOWED_COLOR } else { VIOLATION_COLOR };
        let width = if edge.status() == FlowStatus::Violation { 3 } else { 1 };
        out.push_str(&format!(
            "    linkStyle {index} stroke:{color},stroke-width:{width}px,color:{color}\n"
        ));
    }
    let violating: Vec<&str> = graph
        .fields
        .iter()
        .chain(&graph.sinks)
        .filter(|node| node.in_violation)
        .map(|node| node.id.as_str())
        .collect();
    if !violating.is_empty() {
        out.push_str(&format!(
            "    classDef violation fill:#ffebe9,stroke:{VIOLATION_COLOR},stroke-width:2px,color:#000\n"
        ));
        out.push_str(&format!("    class {} violation\n", violating.join(",")));
    }
    out
}

/// Text for a quoted Mermaid label or edge label: quotes and the characters Mermaid or HTML would
/// read as markup become Mermaid's entity codes (`#34;`), control characters become spaces.
pub fn mermaid_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#34;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#38;"),
            '<' => out.push_str("#60;"),
            '>' => out.push_str("#62;"),
            '`' => out.push_str("#96;"),
            '|' => out.push_str("#124;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Graphviz DOT: the same picture as [`render_mermaid`]; `dot -Tsvg` draws it.
pub fn render_dot(report: &InventoryReport) -> String {
    let graph = graph(report);
    let mut out = String::from(
        "digraph inventory {\n    rankdir=LR;\n    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n    edge [fontname=\"Helvetica\"];\n",
    );
    let node = |node: &Node, shape: &str| {
        let label: Vec<String> = node.lines.iter().map(|line| dot_text(line)).collect();
        let style = if node.in_violation {
            format!(", color=\"{VIOLATION_COLOR}\", fillcolor=\"#ffebe9\", penwidth=2")
        } else {
            String::new()
        };
        format!("        {} [label=\"{}\", shape={shape}{style}];\n", node.id, label.join("\\n"))
    };
    if !graph.fields.is_empty() {
        out.push_str("    subgraph cluster_sources {\n        label=\"annotated fields\";\n");
        for field in &graph.fields {
            out.push_str(&node(field, "box"));
        }
        out.push_str("    }\n");
    }
    if !graph.sinks.is_empty() {
        out.push_str("    subgraph cluster_sinks {\n        label=\"sinks\";\n");
        for sink in &graph.sinks {
            out.push_str(&node(sink, "ellipse"));
        }
        out.push_str("    }\n");
    }
    for edge in &graph.edges {
        let (color, style, width) = match edge.status() {
            FlowStatus::Violation => (VIOLATION_COLOR, "solid", 3),
            FlowStatus::Suppressed => (VIOLATION_COLOR, "dashed", 1),
            FlowStatus::Allowed => (ALLOWED_COLOR, "solid", 1),
        };
        out.push_str(&format!(
            "    {} -> {} [label=\"{}\", color=\"{color}\", fontcolor=\"{color}\", style={style}, penwidth={width}];\n",
            edge.from,
            edge.to,
            dot_text(&edge.label())
        ));
    }
    out.push_str("}\n");
    out
}

/// Text for a quoted DOT string: backslashes and quotes escaped, control characters as spaces (a
/// backslash would otherwise start an escape such as `\l` or `\N`).
pub fn dot_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

// Markdown.

/// Markdown for a privacy review or a pull request comment: a summary, the picture (Mermaid), the
/// flows with their paths, the sources, sinks, suppressions, declassifiers and blind spots. With
/// `color`, the status of each flow is colored for a terminal.
pub fn render_markdown(report: &InventoryReport, color: bool) -> String {
    let mut out = String::from("# Purpose inventory\n\n");
    let summary = &report.summary;
    out.push_str(&format!(
        "{} annotated field{}, {} sink{}, {} flow{} ({} violation{}, {} suppressed, {} allowed), \
         {} suppression{}, {} declassifier{}.\n\n",
        summary.sources,
        plural(summary.sources),
        summary.sinks,
        plural(summary.sinks),
        summary.flows,
        plural(summary.flows),
        summary.violations,
        plural(summary.violations),
        summary.suppressed,
        summary.allowed,
        summary.suppressions,
        plural(summary.suppressions),
        summary.declassifiers,
        plural(summary.declassifiers),
    ));
    flows_section(&mut out, report, color);
    sources_section(&mut out, report);
    sinks_section(&mut out, report);
    suppressions_section(&mut out, report);
    declassifiers_section(&mut out, report);
    blind_spots_section(&mut out, report);
    out
}

fn flows_section(out: &mut String, report: &InventoryReport, color: bool) {
    out.push_str("## Flows\n\n");
    if report.flows.is_empty() {
        out.push_str("No data from an annotated field reaches a sink.\n\n");
        return;
    }
    out.push_str("```mermaid\n");
    out.push_str(&render_mermaid(report));
    out.push_str("```\n\n");
    table(
        out,
        &["#", "Field", "Collected for", "Sink", "Used for", "Policy", "Enters the sink at"],
        report.flows.iter().map(|flow| {
            vec![
                flow.id.to_string(),
                code(&flow.field),
                codes(&flow.purposes),
                code(&flow.sink),
                codes(&flow.uses),
                status(flow.status, color),
                code(&place_text(&flow.location)),
            ]
        }),
    );
    out.push_str("### Paths\n\n");
    for flow in &report.flows {
        out.push_str(&format!(
            "{}. {} → {} ({}):\n",
            flow.id,
            code(&flow.field),
            code(&flow.sink),
            status(flow.status, color)
        ));
        for (index, step) in flow.path.iter().enumerate() {
            let place = format!("{}:{}:{}", step.file, step.line, step.column);
            out.push_str(&format!(
                "    {}. {} {}\n",
                index + 1,
                code(&place),
                inline(&step.message)
            ));
        }
        out.push('\n');
    }
}

fn sources_section(out: &mut String, report: &InventoryReport) {
    out.push_str("## Annotated fields\n\n");
    if report.sources.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    table(
        out,
        &["Field", "Collected for", "Declared at"],
        report.sources.iter().map(|source| {
            vec![code(&source.field), codes(&source.purposes), code(&place_text(&source.location))]
        }),
    );
}

fn sinks_section(out: &mut String, report: &InventoryReport) {
    out.push_str("## Sinks\n\n");
    if report.sinks.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    table(
        out,
        &["Function", "Used for", "Declared at"],
        report.sinks.iter().map(|sink| {
            vec![code(&sink.function), codes(&sink.uses), code(&place_text(&sink.location))]
        }),
    );
}

fn suppressions_section(out: &mut String, report: &InventoryReport) {
    out.push_str("## Suppressions\n\n");
    if report.suppressions.is_empty() && report.unused_suppressions.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    if !report.suppressions.is_empty() {
        table(
            out,
            &["Lint", "Reason", "Written at", "Hides"],
            report.suppressions.iter().map(|suppression| {
                vec![
                    code(suppression.lint),
                    reason(suppression.reason.as_deref()),
                    code(&place_text(&suppression.location)),
                    format!(
                        "{} at {}",
                        inline(&suppression.hides.message),
                        code(&place_text(&suppression.hides.location))
                    ),
                ]
            }),
        );
    }
    if !report.unused_suppressions.is_empty() {
        out.push_str("Suppressions that hide nothing (reported as `unused_suppression`):\n\n");
        table(
            out,
            &["Written at", "Finding"],
            report
                .unused_suppressions
                .iter()
                .map(|unused| vec![code(&place_text(&unused.location)), inline(&unused.message)]),
        );
    }
}

fn declassifiers_section(out: &mut String, report: &InventoryReport) {
    out.push_str("## Declassifiers\n\n");
    if report.declassifiers.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    table(
        out,
        &["Function", "Reason", "Declared at"],
        report.declassifiers.iter().map(|declassifier| {
            vec![
                code(&declassifier.function),
                reason(declassifier.reason.as_deref()),
                code(&place_text(&declassifier.location)),
            ]
        }),
    );
}

fn blind_spots_section(out: &mut String, report: &InventoryReport) {
    out.push_str("## What the analysis could not see\n\n");
    out.push_str(
        "Calls outside the workspace are assumed to pass their inputs on to their result; \
         assumed method calls may run any of their candidates; macros that are not modelled are \
         assumed to pass their arguments on.\n\n",
    );
    table(
        out,
        &[
            "Crate",
            "Calls outside the workspace",
            "Method calls assumed",
            "Methods outside the workspace",
            "Macros not modelled",
        ],
        report.blind_spots.crates.iter().map(|krate| {
            vec![
                code(&krate.name),
                krate.calls_external.to_string(),
                krate.methods_assumed.to_string(),
                krate.methods_external.to_string(),
                krate.macros_unmodelled.to_string(),
            ]
        }),
    );
    if report.blind_spots.fixed_point_bound_hit.is_empty() {
        out.push_str("The fixed point was reached in every function.\n");
    } else {
        out.push_str(
            "The fixed point was cut short in these functions; flows through them may be \
             incomplete:\n\n",
        );
        for hit in &report.blind_spots.fixed_point_bound_hit {
            out.push_str(&format!(
                "- {} at {}\n",
                code(&hit.function),
                code(&place_text(&hit.location))
            ));
        }
    }
}

fn table(out: &mut String, header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out.push('\n');
}

fn place_text(place: &Place) -> String {
    format!("{}:{}:{}", place.file, place.line, place.column)
}

fn status(status: FlowStatus, color: bool) -> String {
    let word = status.word();
    match (status, color) {
        (FlowStatus::Allowed, false) => word.to_string(),
        (_, false) => format!("**{word}**"),
        (FlowStatus::Allowed, true) => format!("\u{1b}[32m{word}\u{1b}[0m"),
        (_, true) => format!("\u{1b}[1;31m{word}\u{1b}[0m"),
    }
}

fn reason(reason: Option<&str>) -> String {
    match reason {
        Some(reason) => markdown_text(reason),
        None => "*no reason given*".to_string(),
    }
}

fn codes(names: &[String]) -> String {
    names.iter().map(|name| code(name)).collect::<Vec<_>>().join(", ")
}

/// A Markdown code span that holds `text` verbatim, safe in a table cell: the fence is longer than
/// any run of backticks inside, line breaks become spaces, and pipes are escaped (GitHub splits
/// table cells on unescaped pipes even inside code spans, and renders `\|` there as `|`).
pub fn code(text: &str) -> String {
    let text: String =
        text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>();
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let padding =
        if text.starts_with('`') || text.ends_with('`') || text.is_empty() { " " } else { "" };
    format!("{fence}{padding}{}{padding}{fence}", text.replace('|', "\\|"))
}

/// Free text (a reason written in the checked code) as Markdown that shows it literally: every
/// character Markdown or HTML could read as markup is backslash-escaped, line breaks become `<br>`.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A message of the tool, whose code is in backticks (`` `Account.phone` is read here ``): the
/// backticked parts become code spans, the rest is escaped text. A message with unbalanced
/// backticks is escaped whole.
fn inline(message: &str) -> String {
    let parts: Vec<&str> = message.split('`').collect();
    if parts.len() % 2 == 0 {
        return markdown_text(message);
    }
    parts
        .iter()
        .enumerate()
        .map(|(index, part)| if index % 2 == 1 { code(part) } else { markdown_text(part) })
        .collect()
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_survive_backticks_pipes_and_line_breaks() {
        assert_eq!(code("Account.phone"), "`Account.phone`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
        assert_eq!(code("a|b\nc"), "`a\\|b c`");
    }

    #[test]
    fn markdown_text_escapes_markup() {
        assert_eq!(markdown_text("*not* <b>|</b>\nnext"), "\\*not\\* \\<b\\>\\|\\</b\\><br>next");
    }

    #[test]
    fn inline_keeps_code_spans_of_balanced_messages() {
        assert_eq!(inline("`A.b` is read | here"), "`A.b` is read \\| here");
        assert_eq!(inline("odd ` tick"), "odd \\` tick");
    }

    #[test]
    fn mermaid_labels_escape_quotes_and_markup() {
        assert_eq!(mermaid_text("say \"hi\" <b>#1</b>"), "say #34;hi#34; #60;b#62;#35;1#60;/b#62;");
    }

    #[test]
    fn dot_labels_escape_quotes_and_backslashes() {
        assert_eq!(dot_text("a\\l\"b\"\nc"), "a\\\\l\\\"b\\\" c");
    }
}
