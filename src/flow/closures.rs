//! Where the workspace writes closures, and the struct fields it stores them in.
//!
//! A closure value names its closures by the span of their expression, so a call through it runs
//! their bodies wherever the value has travelled. A closure kept in a struct field
//! (`Box<dyn Fn(&str)>`, a `Vec` of handlers) is usually stored by one function and called by
//! another, which sees only `self.on_signup`: a field read there gives every closure the workspace
//! stores in that field, whoever stored it. The alternative, following closures through the
//! summaries of every constructor, loses them whenever a struct is built in one place and kept in
//! another (a registry, a static, a builder chain).

use std::collections::HashMap;

use crate::model::body::{Expr, ExprKind};
use crate::model::{AdtId, FnId, Member, Program, Span};
use crate::resolve::{FnContext, Resolver, ValueDef};

pub struct Closures<'p> {
    /// Every closure expression, with the function it is written in.
    by_span: HashMap<Span, (FnId, &'p Expr)>,
    /// Closures stored in a field of this name: in a struct literal (with its type), or through a
    /// place whose type is not known here (`self.handlers.push(Box::new(..))`).
    in_fields: HashMap<Member, Vec<(Option<AdtId>, Span)>>,
}

impl<'p> Closures<'p> {
    pub fn new(resolver: &Resolver<'p>, contexts: &[FnContext]) -> Closures<'p> {
        let program: &'p Program = resolver.program;
        let mut closures = Closures { by_span: HashMap::new(), in_fields: HashMap::new() };
        for id in program.fn_ids() {
            let Some(body) = &program.function(id).body else { continue };
            body.walk(&mut |expr| closures.visit(resolver, &contexts[id.index()], id, expr));
        }
        for stored in closures.in_fields.values_mut() {
            stored.sort();
            stored.dedup();
        }
        closures
    }

    fn visit(&mut self, resolver: &Resolver<'p>, context: &FnContext, id: FnId, expr: &'p Expr) {
        match &expr.kind {
            ExprKind::Closure { .. } => {
                self.by_span.insert(expr.span, (id, expr));
            }
            ExprKind::Struct { path, fields, .. } => {
                let adt = match resolver.resolve_value(context, path) {
                    ValueDef::Constructor(adt, _) => Some(adt),
                    _ => None,
                };
                for (member, value) in fields {
                    self.store(member, adt, value);
                }
            }
            ExprKind::Assign { place, value, .. } => {
                if let ExprKind::Field { member, .. } = &place.kind {
                    self.store(member, None, value);
                }
            }
            ExprKind::MethodCall(call) => {
                if let ExprKind::Field { member, .. } = &call.receiver.kind {
                    for argument in &call.args {
                        self.store(member, None, argument);
                    }
                }
            }
            _ => {}
        }
    }

    fn store(&mut self, member: &Member, adt: Option<AdtId>, value: &Expr) {
        if let Some(span) = written_closure(value) {
            self.in_fields.entry(member.clone()).or_default().push((adt, span));
        }
    }

    /// The closure written at `span`, and the function it is written in.
    pub fn at(&self, span: Span) -> Option<(FnId, &'p Expr)> {
        self.by_span.get(&span).copied()
    }

    /// The closures stored in field `member` of `adt` (of any type, when `adt` is not known).
    pub fn in_field(&self, member: &Member, adt: Option<AdtId>) -> impl Iterator<Item = Span> + '_ {
        let stored = self.in_fields.get(member).map(Vec::as_slice).unwrap_or_default();
        stored.iter().filter_map(move |(stored_in, span)| match (stored_in, adt) {
            (Some(stored_in), Some(adt)) if *stored_in != adt => None,
            _ => Some(*span),
        })
    }
}

/// The closure an expression writes, directly or in a wrapper: `|x| ..`, `Box::new(move |x| ..)`,
/// `Some(Arc::new(..))`.
fn written_closure(expr: &Expr) -> Option<Span> {
    match &expr.kind {
        ExprKind::Closure { .. } => Some(expr.span),
        ExprKind::PassThrough { inner, .. } => written_closure(inner),
        ExprKind::Call { callee, args } if args.len() == 1 && is_wrapper(callee) => {
            written_closure(&args[0])
        }
        _ => None,
    }
}

fn is_wrapper(callee: &Expr) -> bool {
    let ExprKind::Path(path) = &callee.kind else { return false };
    path.last_name().is_some_and(|name| matches!(&**name, "new" | "from" | "pin" | "Some"))
}
