//! Lowering expressions, statements and patterns of function bodies.

use crate::model::body::{Arm, Block, Expr, ExprKind, MethodCall, PassStep, Pat, Stmt};
use crate::model::{LoweredModule, Member, Span};

use super::Lowerer;
use super::names;
use super::types::{lower_path, lower_type};

impl Lowerer<'_> {
    pub(crate) fn block(&mut self, block: &syn::Block, module: &mut LoweredModule) -> Block {
        let mut stmts = Vec::with_capacity(block.stmts.len());
        let last = block.stmts.len().saturating_sub(1);
        for (index, stmt) in block.stmts.iter().enumerate() {
            match stmt {
                syn::Stmt::Local(local) => stmts.push(Stmt::Let {
                    pat: Box::new(self.pat(&local.pat)),
                    init: local.init.as_ref().map(|init| self.boxed(&init.expr, module)),
                    diverge: local
                        .init
                        .as_ref()
                        .and_then(|init| init.diverge.as_ref())
                        .map(|(_, expr)| Box::new(self.expr(expr, module))),
                }),
                syn::Stmt::Item(item) => self.item(item, module),
                syn::Stmt::Expr(expr, semi) => stmts.push(Stmt::Expr {
                    expr: self.expr(expr, module),
                    value: semi.is_none() && index == last,
                }),
                syn::Stmt::Macro(mac) => {
                    let span = self.macro_span(&mac.mac);
                    let call = self.macro_call(&mac.mac, module);
                    let expr = Expr { kind: ExprKind::Macro(Box::new(call)), span };
                    stmts.push(Stmt::Expr {
                        expr,
                        value: mac.semi_token.is_none() && index == last,
                    });
                }
            }
        }
        let span =
            self.span(block.brace_token.span.open()).to(self.span(block.brace_token.span.close()));
        Block { stmts, span }
    }

    pub(crate) fn macro_span(&self, mac: &syn::Macro) -> Span {
        let start = mac.path.segments.first().map(|segment| segment.ident.span());
        let start = self.span(start.unwrap_or_else(proc_macro2::Span::call_site));
        let close = match &mac.delimiter {
            syn::MacroDelimiter::Paren(paren) => paren.span.close(),
            syn::MacroDelimiter::Brace(brace) => brace.span.close(),
            syn::MacroDelimiter::Bracket(bracket) => bracket.span.close(),
        };
        start.to(self.span(close))
    }

    fn exprs<'a>(
        &mut self,
        exprs: impl IntoIterator<Item = &'a syn::Expr>,
        module: &mut LoweredModule,
    ) -> Vec<Expr> {
        exprs.into_iter().map(|expr| self.expr(expr, module)).collect()
    }

    fn boxed(&mut self, expr: &syn::Expr, module: &mut LoweredModule) -> Box<Expr> {
        Box::new(self.expr(expr, module))
    }

    /// Lowers `expr`. Its span is built from its own tokens and the spans of its lowered
    /// sub-expressions, never by walking the syntax tree again (`syn::spanned::Spanned` prints
    /// the whole subtree): asking each node of a chain of n operators for its span that way costs
    /// O(n²), which a generated file of a few thousand links turns into minutes.
    ///
    /// This function only dispatches, and each shape has a function of its own: deeply nested
    /// code recurses through here once per level, and a frame holding the locals of every shape
    /// at once (as an unoptimised build lays them out) would overflow the stack ten times sooner.
    pub(crate) fn expr(&mut self, expr: &syn::Expr, module: &mut LoweredModule) -> Expr {
        match expr {
            syn::Expr::Path(path) => self.path_expr(path),
            syn::Expr::Lit(lit) => self.leaf(ExprKind::Literal, self.span(lit.lit.span())),
            syn::Expr::Infer(infer) => {
                let span = self.start(&infer.attrs, None, infer.underscore_token.span);
                self.leaf(ExprKind::Literal, span)
            }
            syn::Expr::Continue(continued) => self.continue_expr(continued),
            syn::Expr::Field(field) => self.field(field, module),
            syn::Expr::Call(call) => self.call(call, module),
            syn::Expr::MethodCall(call) => self.method_call(call, module),
            syn::Expr::Struct(literal) => self.struct_literal(literal, module),
            syn::Expr::Tuple(tuple) => self.tuple(tuple, module),
            syn::Expr::Array(array) => self.array(array, module),
            syn::Expr::Repeat(repeat) => self.repeat(repeat, module),
            syn::Expr::Reference(reference) => self.reference(reference, module),
            syn::Expr::RawAddr(raw) => {
                let start = self.start(&raw.attrs, None, raw.and_token.spans[0]);
                self.prefixed(start, &raw.expr, PassStep::Reference, module)
            }
            syn::Expr::Paren(paren) => self.paren(paren, module),
            syn::Expr::Group(group) => self.pass(&group.expr, PassStep::Paren, module),
            syn::Expr::Cast(cast) => self.pass(&cast.expr, PassStep::Cast, module),
            syn::Expr::Try(try_expr) => {
                let end = self.span(try_expr.question_token.spans[0]);
                self.postfixed(&try_expr.expr, PassStep::Try, end, module)
            }
            syn::Expr::Await(await_expr) => {
                let end = self.span(await_expr.await_token.span);
                self.postfixed(&await_expr.base, PassStep::Await, end, module)
            }
            syn::Expr::Unary(unary) => self.unary(unary, module),
            syn::Expr::Binary(binary) => self.binary(binary, module),
            syn::Expr::Assign(assign) => self.assign(assign, module),
            syn::Expr::Block(block) => {
                let start = self.span(block.block.brace_token.span.open());
                self.keyword_block(start, &block.block, module)
            }
            syn::Expr::Async(block) => {
                let start = self.start(&block.attrs, None, block.async_token.span);
                self.keyword_block(start, &block.block, module)
            }
            syn::Expr::Const(block) => {
                let start = self.start(&block.attrs, None, block.const_token.span);
                self.keyword_block(start, &block.block, module)
            }
            syn::Expr::Unsafe(block) => {
                let start = self.start(&block.attrs, None, block.unsafe_token.span);
                self.keyword_block(start, &block.block, module)
            }
            syn::Expr::TryBlock(block) => {
                let start = self.start(&block.attrs, None, block.try_token.span);
                self.keyword_block(start, &block.block, module)
            }
            syn::Expr::If(if_expr) => self.if_expr(if_expr, module),
            syn::Expr::Let(let_expr) => self.let_expr(let_expr, module),
            syn::Expr::Match(match_expr) => self.match_expr(match_expr, module),
            syn::Expr::Loop(loop_expr) => self.loop_expr(loop_expr, module),
            syn::Expr::While(while_expr) => self.while_expr(while_expr, module),
            syn::Expr::ForLoop(for_expr) => self.for_expr(for_expr, module),
            syn::Expr::Closure(closure) => self.closure(closure, module),
            syn::Expr::Macro(mac) => {
                let span = self.macro_span(&mac.mac);
                Expr { kind: ExprKind::Macro(Box::new(self.macro_call(&mac.mac, module))), span }
            }
            syn::Expr::Return(ret) => {
                let value = ret.expr.as_ref().map(|e| self.boxed(e, module));
                Expr { kind: ExprKind::Return(value), span: self.span(ret.return_token.span) }
            }
            syn::Expr::Break(brk) => self.break_expr(brk, module),
            syn::Expr::Yield(yield_expr) => self.yield_expr(yield_expr, module),
            syn::Expr::Index(index) => self.index(index, module),
            syn::Expr::Range(range) => self.range(range, module),
            _ => {
                use syn::spanned::Spanned;
                self.leaf(ExprKind::Opaque(Vec::new()), self.span(expr.span()))
            }
        }
    }

    fn leaf(&self, kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Where an expression starts: at its first outer attribute, else its label, else `first`.
    fn start(
        &self,
        attrs: &[syn::Attribute],
        label: Option<&syn::Label>,
        first: proc_macro2::Span,
    ) -> Span {
        let start = attrs
            .first()
            .map(|attr| attr.pound_token.span)
            .or(label.map(|label| label.name.apostrophe))
            .unwrap_or(first);
        self.span(start)
    }

    /// The span between two delimiters.
    fn delimited(&self, delimiters: &proc_macro2::extra::DelimSpan) -> Span {
        self.span(delimiters.open()).to(self.span(delimiters.close()))
    }

    fn path_expr(&self, path: &syn::ExprPath) -> Expr {
        let segments = &path.path.segments;
        let span = match (segments.first(), segments.last()) {
            (Some(first), Some(last)) => {
                self.span(first.ident.span()).to(self.span(last.ident.span()))
            }
            _ => Span { file: self.file, ..Span::default() },
        };
        let kind =
            ExprKind::Path(Box::new(lower_path(self.spans, &path.path, path.qself.as_ref())));
        Expr { kind, span }
    }

    fn continue_expr(&self, continued: &syn::ExprContinue) -> Expr {
        let start = self.start(&continued.attrs, None, continued.continue_token.span);
        let end = continued.label.as_ref().map_or(start, |label| self.span(label.ident.span()));
        Expr { kind: ExprKind::Continue, span: start.to(end) }
    }

    fn field(&mut self, field: &syn::ExprField, module: &mut LoweredModule) -> Expr {
        let base = self.boxed(&field.base, module);
        let member_span = self.span(member_span(&field.member));
        let span = base.span.to(member_span);
        Expr { kind: ExprKind::Field { base, member: member(&field.member), member_span }, span }
    }

    fn call(&mut self, call: &syn::ExprCall, module: &mut LoweredModule) -> Expr {
        let callee = self.boxed(&call.func, module);
        let span = callee.span.to(self.span(call.paren_token.span.close()));
        Expr { kind: ExprKind::Call { callee, args: self.exprs(&call.args, module) }, span }
    }

    fn method_call(&mut self, call: &syn::ExprMethodCall, module: &mut LoweredModule) -> Expr {
        let receiver = self.expr(&call.receiver, module);
        let span = receiver.span.to(self.span(call.paren_token.span.close()));
        let kind = ExprKind::MethodCall(Box::new(MethodCall {
            receiver,
            method: names::ident(&call.method),
            method_span: self.span(call.method.span()),
            turbofish: call
                .turbofish
                .iter()
                .flat_map(|args| args.args.iter())
                .filter_map(|arg| match arg {
                    syn::GenericArgument::Type(ty) => Some(lower_type(self.spans, ty)),
                    _ => None,
                })
                .collect(),
            args: self.exprs(&call.args, module),
        }));
        Expr { kind, span }
    }

    fn struct_literal(&mut self, literal: &syn::ExprStruct, module: &mut LoweredModule) -> Expr {
        let start = literal.path.segments.first().map(|segment| segment.ident.span());
        let span = self
            .span(start.unwrap_or_else(|| literal.brace_token.span.open()))
            .to(self.span(literal.brace_token.span.close()));
        let kind = ExprKind::Struct {
            path: Box::new(lower_path(self.spans, &literal.path, literal.qself.as_ref())),
            fields: literal
                .fields
                .iter()
                .map(|field| (member(&field.member), self.expr(&field.expr, module)))
                .collect(),
            rest: literal.rest.as_ref().map(|rest| self.boxed(rest, module)),
        };
        Expr { kind, span }
    }

    fn tuple(&mut self, tuple: &syn::ExprTuple, module: &mut LoweredModule) -> Expr {
        let span = self.delimited(&tuple.paren_token.span);
        Expr { kind: ExprKind::Tuple(self.exprs(&tuple.elems, module)), span }
    }

    fn array(&mut self, array: &syn::ExprArray, module: &mut LoweredModule) -> Expr {
        let span = self.delimited(&array.bracket_token.span);
        Expr { kind: ExprKind::Array(self.exprs(&array.elems, module)), span }
    }

    fn repeat(&mut self, repeat: &syn::ExprRepeat, module: &mut LoweredModule) -> Expr {
        let delimiters = &repeat.bracket_token.span;
        let span =
            self.start(&repeat.attrs, None, delimiters.open()).to(self.span(delimiters.close()));
        Expr { kind: ExprKind::Array(vec![self.expr(&repeat.expr, module)]), span }
    }

    fn reference(&mut self, reference: &syn::ExprReference, module: &mut LoweredModule) -> Expr {
        let step = if reference.mutability.is_some() {
            PassStep::MutReference
        } else {
            PassStep::Reference
        };
        let start = self.span(reference.and_token.spans[0]);
        self.prefixed(start, &reference.expr, step, module)
    }

    fn paren(&mut self, paren: &syn::ExprParen, module: &mut LoweredModule) -> Expr {
        let span = self.delimited(&paren.paren_token.span);
        let inner = self.boxed(&paren.expr, module);
        Expr { kind: ExprKind::PassThrough { inner, step: PassStep::Paren }, span }
    }

    /// `inner` lowered, passed through unchanged, with the span of `inner`: `x as T`, `*x`.
    fn pass(&mut self, inner: &syn::Expr, step: PassStep, module: &mut LoweredModule) -> Expr {
        let inner = self.boxed(inner, module);
        let span = inner.span;
        Expr { kind: ExprKind::PassThrough { inner, step }, span }
    }

    /// `inner` passed through, from `start` on: `&x`.
    fn prefixed(
        &mut self,
        start: Span,
        inner: &syn::Expr,
        step: PassStep,
        module: &mut LoweredModule,
    ) -> Expr {
        let inner = self.boxed(inner, module);
        let span = start.to(inner.span);
        Expr { kind: ExprKind::PassThrough { inner, step }, span }
    }

    /// `inner` passed through, up to `end`: `x?`, `x.await`.
    fn postfixed(
        &mut self,
        inner: &syn::Expr,
        step: PassStep,
        end: Span,
        module: &mut LoweredModule,
    ) -> Expr {
        let inner = self.boxed(inner, module);
        let span = inner.span.to(end);
        Expr { kind: ExprKind::PassThrough { inner, step }, span }
    }

    fn unary(&mut self, unary: &syn::ExprUnary, module: &mut LoweredModule) -> Expr {
        if let syn::UnOp::Deref(_) = unary.op {
            return self.pass(&unary.expr, PassStep::Deref, module);
        }
        let operand = self.expr(&unary.expr, module);
        let span = operand.span;
        Expr { kind: ExprKind::Combine(vec![operand]), span }
    }

    fn assign(&mut self, assign: &syn::ExprAssign, module: &mut LoweredModule) -> Expr {
        let place = self.boxed(&assign.left, module);
        let value = self.boxed(&assign.right, module);
        let span = place.span.to(value.span);
        Expr { kind: ExprKind::Assign { place, value, compound: false }, span }
    }

    /// `{ .. }`, `async { .. }`, `unsafe { .. }` and the like: the block, from `start` on.
    fn keyword_block(
        &mut self,
        start: Span,
        block: &syn::Block,
        module: &mut LoweredModule,
    ) -> Expr {
        let lowered = self.block(block, module);
        let span = start.to(lowered.span);
        Expr { kind: ExprKind::Block(lowered), span }
    }

    fn if_expr(&mut self, if_expr: &syn::ExprIf, module: &mut LoweredModule) -> Expr {
        // The span stops at the `then` branch: an `else if` chain would otherwise cover it all.
        let span = self
            .span(if_expr.if_token.span)
            .to(self.span(if_expr.then_branch.brace_token.span.close()));
        let kind = ExprKind::If {
            condition: self.boxed(&if_expr.cond, module),
            then_branch: Box::new(self.block(&if_expr.then_branch, module)),
            else_branch: if_expr.else_branch.as_ref().map(|(_, expr)| self.boxed(expr, module)),
        };
        Expr { kind, span }
    }

    fn let_expr(&mut self, let_expr: &syn::ExprLet, module: &mut LoweredModule) -> Expr {
        let pat = self.pat(&let_expr.pat);
        let value = self.boxed(&let_expr.expr, module);
        let span = self.start(&let_expr.attrs, None, let_expr.let_token.span).to(value.span);
        Expr { kind: ExprKind::Let { pat: Box::new(pat), value }, span }
    }

    fn match_expr(&mut self, match_expr: &syn::ExprMatch, module: &mut LoweredModule) -> Expr {
        let span = self
            .span(match_expr.match_token.span)
            .to(self.span(match_expr.brace_token.span.close()));
        let kind = ExprKind::Match {
            scrutinee: self.boxed(&match_expr.expr, module),
            arms: match_expr.arms.iter().map(|arm| self.arm(arm, module)).collect(),
        };
        Expr { kind, span }
    }

    fn loop_expr(&mut self, loop_expr: &syn::ExprLoop, module: &mut LoweredModule) -> Expr {
        let label = loop_expr.label.as_ref();
        let start = self.start(&loop_expr.attrs, label, loop_expr.loop_token.span);
        let body = self.block(&loop_expr.body, module);
        let span = start.to(body.span);
        Expr { kind: ExprKind::Loop { body }, span }
    }

    fn while_expr(&mut self, while_expr: &syn::ExprWhile, module: &mut LoweredModule) -> Expr {
        let label = while_expr.label.as_ref();
        let start = self.start(&while_expr.attrs, label, while_expr.while_token.span);
        let condition = self.boxed(&while_expr.cond, module);
        let body = self.block(&while_expr.body, module);
        let span = start.to(body.span);
        Expr { kind: ExprKind::While { condition, body: Box::new(body) }, span }
    }

    fn for_expr(&mut self, for_expr: &syn::ExprForLoop, module: &mut LoweredModule) -> Expr {
        let label = for_expr.label.as_ref();
        let start = self.start(&for_expr.attrs, label, for_expr.for_token.span);
        let pat = self.pat(&for_expr.pat);
        let iterable = self.boxed(&for_expr.expr, module);
        let body = self.block(&for_expr.body, module);
        let span = start.to(body.span);
        Expr { kind: ExprKind::For { pat: Box::new(pat), iterable, body: Box::new(body) }, span }
    }

    fn closure(&mut self, closure: &syn::ExprClosure, module: &mut LoweredModule) -> Expr {
        let params = closure.inputs.iter().map(|pat| self.pat(pat)).collect();
        let body = self.boxed(&closure.body, module);
        let span = self.span(closure.inputs_begin.spans[0]).to(body.span);
        Expr { kind: ExprKind::Closure { params, body }, span }
    }

    fn break_expr(&mut self, brk: &syn::ExprBreak, module: &mut LoweredModule) -> Expr {
        let value = brk.expr.as_ref().map(|e| self.boxed(e, module));
        let start = self.start(&brk.attrs, None, brk.break_token.span);
        let label = brk.label.as_ref().map(|label| self.span(label.ident.span()));
        let end = value.as_ref().map(|value| value.span).or(label).unwrap_or(start);
        Expr { kind: ExprKind::Break(value), span: start.to(end) }
    }

    fn yield_expr(&mut self, yield_expr: &syn::ExprYield, module: &mut LoweredModule) -> Expr {
        let value: Vec<Expr> = yield_expr.expr.iter().map(|e| self.expr(e, module)).collect();
        let start = self.start(&yield_expr.attrs, None, yield_expr.yield_token.span);
        let span = value.iter().fold(start, |span, value| span.to(value.span));
        Expr { kind: ExprKind::Opaque(value), span }
    }

    fn index(&mut self, index: &syn::ExprIndex, module: &mut LoweredModule) -> Expr {
        let base = self.boxed(&index.expr, module);
        let span = base.span.to(self.span(index.bracket_token.span.close()));
        Expr { kind: ExprKind::Index { base, index: self.boxed(&index.index, module) }, span }
    }

    /// `a..b`, `..=b`, `a..`: only the bounds are kept.
    fn range(&mut self, range: &syn::ExprRange, module: &mut LoweredModule) -> Expr {
        let bounds: Vec<Expr> =
            range.start.iter().chain(range.end.iter()).map(|e| self.expr(e, module)).collect();
        let limits = match &range.limits {
            syn::RangeLimits::HalfOpen(dots) => {
                self.span(dots.spans[0]).to(self.span(dots.spans[1]))
            }
            syn::RangeLimits::Closed(dots) => self.span(dots.spans[0]).to(self.span(dots.spans[2])),
        };
        let mut span = bounds.iter().fold(limits, |span, bound| span.to(bound.span));
        if let Some(attr) = range.attrs.first() {
            span = self.span(attr.pound_token.span).to(span);
        }
        Expr { kind: ExprKind::Opaque(bounds), span }
    }

    fn binary(&mut self, binary: &syn::ExprBinary, module: &mut LoweredModule) -> Expr {
        use syn::BinOp::*;
        let left = self.expr(&binary.left, module);
        let right = self.expr(&binary.right, module);
        let span = left.span.to(right.span);
        let kind = match binary.op {
            Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_) | And(_) | Or(_) => {
                ExprKind::Test(vec![left, right])
            }
            AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
            | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_) | ShrAssign(_) => {
                ExprKind::Assign { place: Box::new(left), value: Box::new(right), compound: true }
            }
            _ => ExprKind::Combine(vec![left, right]),
        };
        Expr { kind, span }
    }

    fn arm(&mut self, arm: &syn::Arm, module: &mut LoweredModule) -> Arm {
        let (pat, guard) = match &arm.pat {
            syn::Pat::Guard(guarded) => (&*guarded.pat, Some(self.boxed(&guarded.guard, module))),
            pat => (pat, None),
        };
        Arm { pat: self.pat(pat), guard, body: self.expr(&arm.body, module) }
    }

    pub(crate) fn pat(&mut self, pat: &syn::Pat) -> Pat {
        match pat {
            syn::Pat::Ident(ident) => Pat::Bind {
                name: names::ident(&ident.ident),
                span: self.span(ident.ident.span()),
                sub: ident.subpat.as_ref().map(|(_, sub)| Box::new(self.pat(sub))),
            },
            syn::Pat::Tuple(tuple) => Pat::Tuple(tuple.elems.iter().map(|p| self.pat(p)).collect()),
            syn::Pat::Struct(strukt) => Pat::Struct {
                path: Box::new(lower_path(self.spans, &strukt.path, strukt.qself.as_ref())),
                fields: strukt
                    .fields
                    .iter()
                    .map(|field| (member(&field.member), self.pat(&field.pat)))
                    .collect(),
            },
            syn::Pat::TupleStruct(tuple) => Pat::TupleStruct {
                path: Box::new(lower_path(self.spans, &tuple.path, tuple.qself.as_ref())),
                elems: tuple.elems.iter().map(|p| self.pat(p)).collect(),
            },
            syn::Pat::Slice(slice) => Pat::Slice(slice.elems.iter().map(|p| self.pat(p)).collect()),
            syn::Pat::Or(or) => Pat::Or(or.cases.iter().map(|p| self.pat(p)).collect()),
            syn::Pat::Paren(paren) => self.pat(&paren.pat),
            syn::Pat::Reference(reference) => self.pat(&reference.pat),
            syn::Pat::Guard(guarded) => self.pat(&guarded.pat),
            syn::Pat::Type(typed) => Pat::Typed {
                pat: Box::new(self.pat(&typed.pat)),
                ty: Box::new(lower_type(self.spans, &typed.ty)),
            },
            _ => Pat::Ignore,
        }
    }
}

pub(crate) fn member(member: &syn::Member) -> Member {
    match member {
        syn::Member::Named(ident) => Member::Named(names::ident(ident)),
        syn::Member::Unnamed(index) => Member::Index(index.index),
    }
}

fn member_span(member: &syn::Member) -> proc_macro2::Span {
    match member {
        syn::Member::Named(ident) => ident.span(),
        syn::Member::Unnamed(index) => index.span,
    }
}
