//! Lowering expressions, statements and patterns of function bodies.

use crate::model::body::{Arm, Block, Expr, ExprKind, PassStep, Pat, Stmt};
use crate::model::{LoweredModule, Member, Span};

use super::Lowerer;
use super::types::{lower_path, lower_type};

impl Lowerer {
    pub(crate) fn block(&mut self, block: &syn::Block, module: &mut LoweredModule) -> Block {
        let mut stmts = Vec::with_capacity(block.stmts.len());
        let last = block.stmts.len().saturating_sub(1);
        for (index, stmt) in block.stmts.iter().enumerate() {
            match stmt {
                syn::Stmt::Local(local) => stmts.push(Stmt::Let {
                    pat: self.pat(&local.pat),
                    init: local.init.as_ref().map(|init| self.expr(&init.expr, module)),
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
                    let expr = Expr { kind: ExprKind::Macro(call), span };
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

    fn pass(&mut self, inner: &syn::Expr, step: PassStep, module: &mut LoweredModule) -> ExprKind {
        ExprKind::PassThrough { inner: self.boxed(inner, module), step }
    }

    pub(crate) fn expr(&mut self, expr: &syn::Expr, module: &mut LoweredModule) -> Expr {
        let span = self.expr_span(expr);
        let kind = match expr {
            syn::Expr::Path(path) => {
                ExprKind::Path(lower_path(self.file, &path.path, path.qself.as_ref()))
            }
            syn::Expr::Lit(_) | syn::Expr::Infer(_) => ExprKind::Literal,
            syn::Expr::Continue(_) => ExprKind::Continue,
            syn::Expr::Field(field) => ExprKind::Field {
                base: self.boxed(&field.base, module),
                member: member(&field.member),
                member_span: self.span(member_span(&field.member)),
            },
            syn::Expr::Call(call) => ExprKind::Call {
                callee: self.boxed(&call.func, module),
                args: self.exprs(&call.args, module),
            },
            syn::Expr::MethodCall(call) => ExprKind::MethodCall {
                receiver: self.boxed(&call.receiver, module),
                method: call.method.to_string().into(),
                method_span: self.span(call.method.span()),
                turbofish: call
                    .turbofish
                    .iter()
                    .flat_map(|args| args.args.iter())
                    .filter_map(|arg| match arg {
                        syn::GenericArgument::Type(ty) => Some(lower_type(self.file, ty)),
                        _ => None,
                    })
                    .collect(),
                args: self.exprs(&call.args, module),
            },
            syn::Expr::Struct(literal) => ExprKind::Struct {
                path: lower_path(self.file, &literal.path, literal.qself.as_ref()),
                fields: literal
                    .fields
                    .iter()
                    .map(|field| (member(&field.member), self.expr(&field.expr, module)))
                    .collect(),
                rest: literal.rest.as_ref().map(|rest| self.boxed(rest, module)),
            },
            syn::Expr::Tuple(tuple) => ExprKind::Tuple(self.exprs(&tuple.elems, module)),
            syn::Expr::Array(array) => ExprKind::Array(self.exprs(&array.elems, module)),
            syn::Expr::Repeat(repeat) => ExprKind::Array(vec![self.expr(&repeat.expr, module)]),
            syn::Expr::Reference(reference) => {
                let step = if reference.mutability.is_some() {
                    PassStep::MutReference
                } else {
                    PassStep::Reference
                };
                self.pass(&reference.expr, step, module)
            }
            syn::Expr::RawAddr(raw) => self.pass(&raw.expr, PassStep::Reference, module),
            syn::Expr::Paren(paren) => self.pass(&paren.expr, PassStep::Paren, module),
            syn::Expr::Group(group) => self.pass(&group.expr, PassStep::Paren, module),
            syn::Expr::Cast(cast) => self.pass(&cast.expr, PassStep::Cast, module),
            syn::Expr::Try(try_expr) => self.pass(&try_expr.expr, PassStep::Try, module),
            syn::Expr::Await(await_expr) => self.pass(&await_expr.base, PassStep::Await, module),
            syn::Expr::Unary(unary) => match unary.op {
                syn::UnOp::Deref(_) => self.pass(&unary.expr, PassStep::Deref, module),
                _ => ExprKind::Combine(vec![self.expr(&unary.expr, module)]),
            },
            syn::Expr::Binary(binary) => self.binary(binary, module),
            syn::Expr::Assign(assign) => ExprKind::Assign {
                place: self.boxed(&assign.left, module),
                value: self.boxed(&assign.right, module),
                compound: false,
            },
            syn::Expr::Block(block) => ExprKind::Block(self.block(&block.block, module)),
            syn::Expr::Async(block) => ExprKind::Block(self.block(&block.block, module)),
            syn::Expr::Const(block) => ExprKind::Block(self.block(&block.block, module)),
            syn::Expr::Unsafe(block) => ExprKind::Block(self.block(&block.block, module)),
            syn::Expr::TryBlock(block) => ExprKind::Block(self.block(&block.block, module)),
            syn::Expr::If(if_expr) => ExprKind::If {
                condition: self.boxed(&if_expr.cond, module),
                then_branch: self.block(&if_expr.then_branch, module),
                else_branch: if_expr.else_branch.as_ref().map(|(_, expr)| self.boxed(expr, module)),
            },
            syn::Expr::Let(let_expr) => ExprKind::Let {
                pat: self.pat(&let_expr.pat),
                value: self.boxed(&let_expr.expr, module),
            },
            syn::Expr::Match(match_expr) => ExprKind::Match {
                scrutinee: self.boxed(&match_expr.expr, module),
                arms: match_expr.arms.iter().map(|arm| self.arm(arm, module)).collect(),
            },
            syn::Expr::Loop(loop_expr) => {
                ExprKind::Loop { body: self.block(&loop_expr.body, module) }
            }
            syn::Expr::While(while_expr) => ExprKind::While {
                condition: self.boxed(&while_expr.cond, module),
                body: self.block(&while_expr.body, module),
            },
            syn::Expr::ForLoop(for_expr) => ExprKind::For {
                pat: self.pat(&for_expr.pat),
                iterable: self.boxed(&for_expr.expr, module),
                body: self.block(&for_expr.body, module),
            },
            syn::Expr::Closure(closure) => ExprKind::Closure {
                params: closure.inputs.iter().map(|pat| self.pat(pat)).collect(),
                body: self.boxed(&closure.body, module),
            },
            syn::Expr::Macro(mac) => ExprKind::Macro(self.macro_call(&mac.mac, module)),
            syn::Expr::Return(ret) => {
                ExprKind::Return(ret.expr.as_ref().map(|e| self.boxed(e, module)))
            }
            syn::Expr::Break(brk) => {
                ExprKind::Break(brk.expr.as_ref().map(|e| self.boxed(e, module)))
            }
            syn::Expr::Yield(yield_expr) => {
                ExprKind::Opaque(yield_expr.expr.iter().map(|e| self.expr(e, module)).collect())
            }
            syn::Expr::Index(index) => ExprKind::Index {
                base: self.boxed(&index.expr, module),
                index: self.boxed(&index.index, module),
            },
            syn::Expr::Range(range) => {
                let bounds = range.start.iter().chain(range.end.iter());
                ExprKind::Opaque(bounds.map(|e| self.expr(e, module)).collect())
            }
            _ => ExprKind::Opaque(Vec::new()),
        };
        Expr { kind, span }
    }

    fn binary(&mut self, binary: &syn::ExprBinary, module: &mut LoweredModule) -> ExprKind {
        use syn::BinOp::*;
        let left = self.expr(&binary.left, module);
        let right = self.expr(&binary.right, module);
        match binary.op {
            Eq(_) | Ne(_) | Lt(_) | Le(_) | Gt(_) | Ge(_) | And(_) | Or(_) => {
                ExprKind::Test(vec![left, right])
            }
            AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
            | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_) | ShrAssign(_) => {
                ExprKind::Assign { place: Box::new(left), value: Box::new(right), compound: true }
            }
            _ => ExprKind::Combine(vec![left, right]),
        }
    }

    fn arm(&mut self, arm: &syn::Arm, module: &mut LoweredModule) -> Arm {
        let (pat, guard) = match &arm.pat {
            syn::Pat::Guard(guarded) => (&*guarded.pat, Some(self.expr(&guarded.guard, module))),
            pat => (pat, None),
        };
        Arm { pat: self.pat(pat), guard, body: self.expr(&arm.body, module) }
    }

    pub(crate) fn pat(&mut self, pat: &syn::Pat) -> Pat {
        match pat {
            syn::Pat::Ident(ident) => Pat::Bind {
                name: ident.ident.to_string().into(),
                span: self.span(ident.ident.span()),
                sub: ident.subpat.as_ref().map(|(_, sub)| Box::new(self.pat(sub))),
            },
            syn::Pat::Tuple(tuple) => Pat::Tuple(tuple.elems.iter().map(|p| self.pat(p)).collect()),
            syn::Pat::Struct(strukt) => Pat::Struct {
                path: lower_path(self.file, &strukt.path, strukt.qself.as_ref()),
                fields: strukt
                    .fields
                    .iter()
                    .map(|field| (member(&field.member), self.pat(&field.pat)))
                    .collect(),
            },
            syn::Pat::TupleStruct(tuple) => Pat::TupleStruct {
                path: lower_path(self.file, &tuple.path, tuple.qself.as_ref()),
                elems: tuple.elems.iter().map(|p| self.pat(p)).collect(),
            },
            syn::Pat::Slice(slice) => Pat::Slice(slice.elems.iter().map(|p| self.pat(p)).collect()),
            syn::Pat::Or(or) => Pat::Or(or.cases.iter().map(|p| self.pat(p)).collect()),
            syn::Pat::Paren(paren) => self.pat(&paren.pat),
            syn::Pat::Reference(reference) => self.pat(&reference.pat),
            syn::Pat::Guard(guarded) => self.pat(&guarded.pat),
            syn::Pat::Type(typed) => Pat::Typed {
                pat: Box::new(self.pat(&typed.pat)),
                ty: lower_type(self.file, &typed.ty),
            },
            _ => Pat::Ignore,
        }
    }

    /// A span for the expression from a few of its tokens, without walking the whole tree.
    /// The span of the innermost expression a chain of calls, fields and `?` starts with: walking
    /// down a loop instead of recursing keeps a chain of n links O(n) to place.
    fn chain_start(&self, expr: &syn::Expr) -> Span {
        let mut current = expr;
        loop {
            current = match current {
                syn::Expr::Call(call) => &call.func,
                syn::Expr::MethodCall(call) => &call.receiver,
                syn::Expr::Field(field) => &field.base,
                syn::Expr::Try(try_expr) => &try_expr.expr,
                syn::Expr::Await(await_expr) => &await_expr.base,
                other => return self.expr_span(other),
            };
        }
    }

    pub(crate) fn expr_span(&self, expr: &syn::Expr) -> Span {
        let span = |s: proc_macro2::Span| self.span(s);
        match expr {
            syn::Expr::Path(path) => {
                match (path.path.segments.first(), path.path.segments.last()) {
                    (Some(first), Some(last)) => {
                        span(first.ident.span()).to(span(last.ident.span()))
                    }
                    _ => Span { file: self.file, ..Span::default() },
                }
            }
            syn::Expr::Call(call) => {
                self.chain_start(&call.func).to(span(call.paren_token.span.close()))
            }
            syn::Expr::MethodCall(call) => {
                self.chain_start(&call.receiver).to(span(call.paren_token.span.close()))
            }
            syn::Expr::Field(field) => {
                self.chain_start(&field.base).to(span(member_span(&field.member)))
            }
            syn::Expr::Lit(lit) => span(lit.lit.span()),
            syn::Expr::Reference(reference) => {
                span(reference.and_token.spans[0]).to(self.expr_span(&reference.expr))
            }
            syn::Expr::Paren(paren) => {
                span(paren.paren_token.span.open()).to(span(paren.paren_token.span.close()))
            }
            syn::Expr::Tuple(tuple) => {
                span(tuple.paren_token.span.open()).to(span(tuple.paren_token.span.close()))
            }
            syn::Expr::Array(array) => {
                span(array.bracket_token.span.open()).to(span(array.bracket_token.span.close()))
            }
            syn::Expr::Macro(mac) => self.macro_span(&mac.mac),
            syn::Expr::Struct(literal) => {
                let start = literal.path.segments.first().map(|s| s.ident.span());
                span(start.unwrap_or_else(|| literal.brace_token.span.open()))
                    .to(span(literal.brace_token.span.close()))
            }
            syn::Expr::Try(try_expr) => {
                self.chain_start(&try_expr.expr).to(span(try_expr.question_token.spans[0]))
            }
            syn::Expr::Await(await_expr) => {
                self.chain_start(&await_expr.base).to(span(await_expr.await_token.span))
            }
            syn::Expr::Unary(unary) => self.expr_span(&unary.expr),
            syn::Expr::Cast(cast) => self.expr_span(&cast.expr),
            syn::Expr::Binary(binary) => {
                self.expr_span(&binary.left).to(self.expr_span(&binary.right))
            }
            syn::Expr::Assign(assign) => {
                self.expr_span(&assign.left).to(self.expr_span(&assign.right))
            }
            syn::Expr::Index(index) => {
                self.expr_span(&index.expr).to(span(index.bracket_token.span.close()))
            }
            syn::Expr::Block(block) => span(block.block.brace_token.span.open())
                .to(span(block.block.brace_token.span.close())),
            syn::Expr::If(if_expr) => {
                span(if_expr.if_token.span).to(span(if_expr.then_branch.brace_token.span.close()))
            }
            syn::Expr::Match(match_expr) => {
                span(match_expr.match_token.span).to(span(match_expr.brace_token.span.close()))
            }
            syn::Expr::Closure(closure) => {
                span(closure.inputs_begin.spans[0]).to(self.expr_span(&closure.body))
            }
            syn::Expr::Return(ret) => span(ret.return_token.span),
            _ => {
                use syn::spanned::Spanned;
                span(expr.span())
            }
        }
    }
}

pub(crate) fn member(member: &syn::Member) -> Member {
    match member {
        syn::Member::Named(ident) => Member::Named(ident.to_string().into()),
        syn::Member::Unnamed(index) => Member::Index(index.index),
    }
}

fn member_span(member: &syn::Member) -> proc_macro2::Span {
    match member {
        syn::Member::Named(ident) => ident.span(),
        syn::Member::Unnamed(index) => index.span,
    }
}
