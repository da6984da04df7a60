//! Function bodies lowered to the few shapes that matter for data flow.
//!
//! The lowering keeps every construct through which a value can travel (calls, fields, literals,
//! bindings, control flow, closures, macros) and folds the rest into [`ExprKind::Opaque`], which still
//! carries its sub-expressions so that nothing inside is lost.

use super::types::{PathRef, TypeRef};
use super::{Member, Name, Span};

/// Expressions are most of the model of a large workspace, so large or rare payloads are boxed
/// (a method call, a struct literal's path, the blocks of `if` and loops): an `Expr` of 144 bytes
/// made the model 21 bytes per byte of source, one of 64 bytes about half that.
const _: () = assert!(std::mem::size_of::<Expr>() <= 64);

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A variable, constant, static, function item or unit struct.
    Path(Box<PathRef>),
    /// A literal; carries no data from elsewhere.
    Literal,
    Field {
        base: Box<Expr>,
        member: Member,
        member_span: Span,
    },
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    MethodCall(Box<MethodCall>),
    Struct {
        path: Box<PathRef>,
        fields: Vec<(Member, Expr)>,
        rest: Option<Box<Expr>>,
    },
    Tuple(Vec<Expr>),
    Array(Vec<Expr>),
    /// `&x`, `*x`, `(x)`, `x as T`, `x?`, `x.await`: the value passes through unchanged.
    PassThrough {
        inner: Box<Expr>,
        step: PassStep,
    },
    /// Arithmetic and string concatenation: the result carries both sides.
    Combine(Vec<Expr>),
    /// Comparisons and boolean logic: the result is a fresh `bool`; operands are evaluated only.
    Test(Vec<Expr>),
    Assign {
        place: Box<Expr>,
        value: Box<Expr>,
        /// `+=` and friends keep the old value of the place.
        compound: bool,
    },
    Block(Block),
    If {
        condition: Box<Expr>,
        then_branch: Box<Block>,
        else_branch: Option<Box<Expr>>,
    },
    /// `let PAT = EXPR` inside an `if` or `while` condition.
    Let {
        pat: Box<Pat>,
        value: Box<Expr>,
    },
    Match {
        scrutinee: Box<Expr>,
        arms: Vec<Arm>,
    },
    Loop {
        body: Block,
    },
    While {
        condition: Box<Expr>,
        body: Box<Block>,
    },
    For {
        pat: Box<Pat>,
        iterable: Box<Expr>,
        body: Box<Block>,
    },
    Closure {
        params: Vec<Pat>,
        body: Box<Expr>,
    },
    Macro(Box<MacroCall>),
    Return(Option<Box<Expr>>),
    Break(Option<Box<Expr>>),
    Continue,
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// Anything else; sub-expressions are still evaluated and their data joined.
    Opaque(Vec<Expr>),
}

/// `receiver.method::<turbofish>(args)`, boxed: method calls are common, and inline they would
/// make every expression as large as this one.
#[derive(Clone, Debug)]
pub struct MethodCall {
    pub receiver: Expr,
    pub method: Name,
    pub method_span: Span,
    pub turbofish: Vec<TypeRef>,
    pub args: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassStep {
    Reference,
    /// `&mut x`: the callee may write into `x`.
    MutReference,
    Deref,
    Paren,
    Cast,
    Try,
    Await,
}

#[derive(Clone, Debug)]
pub struct Arm {
    pub pat: Pat,
    /// Boxed: most arms have none, and inline it made every arm a third larger.
    pub guard: Option<Box<Expr>>,
    pub body: Expr,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Let {
        pat: Box<Pat>,
        init: Option<Box<Expr>>,
        diverge: Option<Box<Expr>>,
    },
    /// An expression; `value` is true for a block's trailing expression without semicolon.
    Expr {
        expr: Expr,
        value: bool,
    },
}

#[derive(Clone, Debug)]
pub enum Pat {
    Bind {
        name: Name,
        span: Span,
        sub: Option<Box<Pat>>,
    },
    Tuple(Vec<Pat>),
    Struct {
        path: Box<PathRef>,
        fields: Vec<(Member, Pat)>,
    },
    TupleStruct {
        path: Box<PathRef>,
        elems: Vec<Pat>,
    },
    Slice(Vec<Pat>),
    Or(Vec<Pat>),
    Typed {
        pat: Box<Pat>,
        ty: Box<TypeRef>,
    },
    /// `_`, `..`, literals, ranges: binds nothing.
    Ignore,
}

/// A macro invocation in a body, with what could be recovered of its arguments.
#[derive(Clone, Debug)]
pub struct MacroCall {
    pub path: PathRef,
    pub kind: MacroKind,
    /// Arguments parsed as expressions, in order; named format arguments and inline `{name}`
    /// captures are included as plain expressions.
    pub args: Vec<Expr>,
    /// False when the tokens did not parse as expressions; the flow layer then reports it.
    pub parsed: bool,
    /// A formatting macro whose format string has no `{:?}` placeholder: every argument is
    /// printed with `Display`. False when it has one, or when the format string is not a literal.
    pub displays_only: bool,
    /// The first few tokens, to choose among the rules of a `macro_rules!` macro.
    pub leading_tokens: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MacroKind {
    /// `format!`, `vec!`, `concat!`...: the value carries every argument.
    Value,
    /// `write!`/`writeln!`: the first argument receives the others.
    Write,
    /// `println!`, logging, `panic!`, assertions: the arguments leave the program or stop it.
    Output,
    /// Any other macro: modelled from its `macro_rules!` definition when the workspace has one.
    Other,
}

impl Expr {
    /// Calls `visit` on this expression and every expression inside it, outermost first. The walk
    /// keeps its own stack: bodies nest deeper than a thread's stack allows recursion for.
    pub fn walk<'e>(&'e self, visit: &mut dyn FnMut(&'e Expr)) {
        let mut stack = vec![self];
        while let Some(expr) = stack.pop() {
            visit(expr);
            expr.push_children(&mut stack);
        }
    }

    fn push_children<'e>(&'e self, stack: &mut Vec<&'e Expr>) {
        match &self.kind {
            ExprKind::Path(_) | ExprKind::Literal | ExprKind::Continue => {}
            ExprKind::Field { base, .. } => stack.push(base),
            ExprKind::Call { callee, args } => {
                stack.push(callee);
                stack.extend(args);
            }
            ExprKind::MethodCall(call) => {
                stack.push(&call.receiver);
                stack.extend(&call.args);
            }
            ExprKind::Struct { fields, rest, .. } => {
                stack.extend(fields.iter().map(|(_, value)| value));
                stack.extend(rest.as_deref());
            }
            ExprKind::Tuple(parts)
            | ExprKind::Array(parts)
            | ExprKind::Combine(parts)
            | ExprKind::Test(parts)
            | ExprKind::Opaque(parts) => stack.extend(parts),
            ExprKind::PassThrough { inner, .. } => stack.push(inner),
            ExprKind::Assign { place, value, .. } => stack.extend([&**place, &**value]),
            ExprKind::Block(block) | ExprKind::Loop { body: block } => block.push_children(stack),
            ExprKind::If { condition, then_branch, else_branch } => {
                stack.push(condition);
                then_branch.push_children(stack);
                stack.extend(else_branch.as_deref());
            }
            ExprKind::Let { value, .. } => stack.push(value),
            ExprKind::Match { scrutinee, arms } => {
                stack.push(scrutinee);
                for arm in arms {
                    stack.extend(arm.guard.as_deref());
                    stack.push(&arm.body);
                }
            }
            ExprKind::While { condition, body } => {
                stack.push(condition);
                body.push_children(stack);
            }
            ExprKind::For { iterable, body, .. } => {
                stack.push(iterable);
                body.push_children(stack);
            }
            ExprKind::Closure { body, .. } => stack.push(body),
            ExprKind::Macro(call) => stack.extend(&call.args),
            ExprKind::Return(value) | ExprKind::Break(value) => stack.extend(value.as_deref()),
            ExprKind::Index { base, index } => stack.extend([&**base, &**index]),
        }
    }
}

impl Block {
    /// Calls `visit` on every expression of the block (see [`Expr::walk`]).
    pub fn walk<'e>(&'e self, visit: &mut dyn FnMut(&'e Expr)) {
        let mut stack = Vec::new();
        self.push_children(&mut stack);
        while let Some(expr) = stack.pop() {
            visit(expr);
            expr.push_children(&mut stack);
        }
    }

    fn push_children<'e>(&'e self, stack: &mut Vec<&'e Expr>) {
        for stmt in &self.stmts {
            match stmt {
                Stmt::Let { init, diverge, .. } => {
                    stack.extend(init.as_deref());
                    stack.extend(diverge.as_deref());
                }
                Stmt::Expr { expr, .. } => stack.push(expr),
            }
        }
    }
}
