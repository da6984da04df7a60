//! Lowering macro invocations and `macro_rules!` definitions.
//!
//! Macros are not expanded by a compiler here. Invocations of the standard formatting, collection
//! and logging macros are read as the expressions they take; `macro_rules!` definitions are kept as
//! their transcribers with `$fragments` turned into plain names, so the flow layer can evaluate an
//! invocation as the body it expands to. Tokens that parse as nothing are reported, not dropped.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use syn::parse::Parser;
use syn::punctuated::Punctuated;

use crate::model::body::{Block, Expr, ExprKind, MacroCall, MacroKind};
use crate::model::types::PathRef;
use crate::model::{LoweredModule, MacroExpansion, Name};

use super::Lowerer;
use super::names;
use super::types::lower_path;

const VALUE_MACROS: &[&str] =
    &["format", "format_args", "vec", "concat", "dbg", "json", "anyhow", "format_err"];
const WRITE_MACROS: &[&str] = &["write", "writeln"];
const OUTPUT_MACROS: &[&str] = &[
    "print",
    "println",
    "eprint",
    "eprintln",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "trace",
    "debug",
    "info",
    "warn",
    "error",
    "event",
    "log",
    "bail",
    "ensure",
];

fn macro_kind(name: &str) -> MacroKind {
    if VALUE_MACROS.contains(&name) {
        MacroKind::Value
    } else if WRITE_MACROS.contains(&name) {
        MacroKind::Write
    } else if OUTPUT_MACROS.contains(&name) {
        MacroKind::Output
    } else {
        MacroKind::Other
    }
}

/// Macro invocations nested deeper than this inside the arguments of others are not parsed as
/// expressions; their identifiers are kept instead, as for tokens that parse as nothing. syn copies
/// every token of a stream it parses, nested groups included, so parsing the arguments of each of
/// n nested invocations costs O(n²): ten thousand nested `format!`s took minutes.
pub(crate) const MAX_PARSED_MACRO_DEPTH: usize = 32;

impl Lowerer<'_> {
    pub(crate) fn macro_call(&mut self, mac: &syn::Macro, module: &mut LoweredModule) -> MacroCall {
        let path = lower_path(self.spans, &mac.path, None);
        let kind = path.last_name().map_or(MacroKind::Other, |name| macro_kind(name));
        let (mut args, parsed) = if self.macro_depth < MAX_PARSED_MACRO_DEPTH {
            self.macro_depth += 1;
            let parsed = self.macro_args(&mac.tokens, module);
            self.macro_depth -= 1;
            parsed
        } else {
            (self.identifiers(&mac.tokens), false)
        };
        let mut displays_only = false;
        if kind != MacroKind::Other {
            args.extend(self.inline_format_captures(&mac.tokens));
            displays_only = format_string(&mac.tokens)
                .is_some_and(|format| !format_uses_debug(&format.value()));
        }
        let leading_tokens = leading_tokens(&mac.tokens);
        MacroCall { path, kind, args, parsed, displays_only, leading_tokens }
    }

    /// The invocation's tokens as expressions: a comma-separated list, a `[x; n]` repetition, or
    /// statements. When none of those parse, every identifier is kept as a path, which over-reports
    /// rather than loses a variable the macro may use.
    fn macro_args(
        &mut self,
        tokens: &TokenStream,
        module: &mut LoweredModule,
    ) -> (Vec<Expr>, bool) {
        let list = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated.parse2(tokens.clone());
        if let Ok(list) = list {
            return (list.iter().map(|expr| self.macro_arg(expr, module)).collect(), true);
        }
        let bracketed =
            TokenStream::from(TokenTree::Group(Group::new(Delimiter::Bracket, tokens.clone())));
        if let Ok(expr) = syn::parse2::<syn::Expr>(bracketed) {
            return (vec![self.expr(&expr, module)], true);
        }
        if let Ok(stmts) = syn::Block::parse_within.parse2(tokens.clone()) {
            let block = syn::Block { brace_token: Default::default(), stmts };
            let lowered = self.block(&block, module);
            let span = lowered.span;
            return (vec![Expr { kind: ExprKind::Block(lowered), span }], true);
        }
        (self.identifiers(tokens), false)
    }

    /// `name = value` in a format macro names an argument; the data is in `value`.
    fn macro_arg(&mut self, expr: &syn::Expr, module: &mut LoweredModule) -> Expr {
        match expr {
            syn::Expr::Assign(assign) if matches!(&*assign.left, syn::Expr::Path(_)) => {
                self.expr(&assign.right, module)
            }
            _ => self.expr(expr, module),
        }
    }

    fn identifiers(&self, tokens: &TokenStream) -> Vec<Expr> {
        let mut out = Vec::new();
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        let mut index = 0;
        while index < trees.len() {
            match &trees[index] {
                TokenTree::Ident(ident) => {
                    let span = self.span(ident.span());
                    let path = PathRef::single(names::ident(ident), span);
                    let mut expr = Expr { kind: ExprKind::Path(Box::new(path)), span };
                    // `user.phone` inside tokens that parse as nothing is still a field read.
                    while let (Some(TokenTree::Punct(dot)), Some(TokenTree::Ident(member))) =
                        (trees.get(index + 1), trees.get(index + 2))
                    {
                        if dot.as_char() != '.' {
                            break;
                        }
                        let member_span = self.span(member.span());
                        let member = crate::model::Member::Named(names::ident(member));
                        let span = expr.span.to(member_span);
                        expr = Expr {
                            kind: ExprKind::Field { base: Box::new(expr), member, member_span },
                            span,
                        };
                        index += 2;
                    }
                    out.push(expr);
                }
                TokenTree::Group(group) => out.extend(self.identifiers(&group.stream())),
                _ => {}
            }
            index += 1;
        }
        out
    }

    /// `{name}` and `{name:?}` inside the format string capture the variable `name`.
    fn inline_format_captures(&self, tokens: &TokenStream) -> Vec<Expr> {
        let Some(literal) = format_string(tokens) else {
            return Vec::new();
        };
        let span = self.span(literal.span());
        format_captures(&literal.value())
            .into_iter()
            .map(|name| Expr { kind: ExprKind::Path(Box::new(PathRef::single(name, span))), span })
            .collect()
    }
}

/// The format string of a formatting macro: its first string literal (after `write!`'s
/// destination).
fn format_string(tokens: &TokenStream) -> Option<syn::LitStr> {
    tokens.clone().into_iter().find_map(|token| match token {
        TokenTree::Literal(literal) => {
            syn::parse2::<syn::LitStr>(TokenTree::Literal(literal).into()).ok()
        }
        _ => None,
    })
}

/// Whether a placeholder of a format string formats with `Debug` (`{:?}`, `{name:#?}`).
pub(crate) fn format_uses_debug(format: &str) -> bool {
    placeholders(format).any(|(_, spec)| spec.contains('?'))
}

/// The identifiers captured by `{name}` placeholders of a format string.
pub(crate) fn format_captures(format: &str) -> Vec<Name> {
    placeholders(format)
        .map(|(argument, _)| argument.trim())
        .filter(|name| {
            name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
        .map(super::names::intern)
        .collect()
}

/// The placeholders of a format string as (argument, spec) text: `{name:>8?}` gives `("name",
/// ">8?")`. Escaped braces are skipped, and a spec's own `{width}` is a placeholder too.
fn placeholders(format: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = format;
    std::iter::from_fn(move || {
        loop {
            let open = rest.find('{')?;
            rest = &rest[open + 1..];
            if let Some(stripped) = rest.strip_prefix('{') {
                rest = stripped;
                continue;
            }
            let end = rest.find(['}', ':']).unwrap_or(rest.len());
            let argument = &rest[..end];
            let spec = rest[end..]
                .strip_prefix(':')
                .map_or("", |after| &after[..after.find('}').unwrap_or(after.len())]);
            rest = &rest[end..];
            return Some((argument, spec));
        }
    })
}

impl Lowerer<'_> {
    pub(crate) fn macro_rules_expansions(
        &mut self,
        tokens: &TokenStream,
        module: &mut LoweredModule,
    ) -> Vec<MacroExpansion> {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        let mut expansions = Vec::new();
        for window in trees.windows(4) {
            let [
                TokenTree::Group(matcher),
                TokenTree::Punct(eq),
                TokenTree::Punct(gt),
                TokenTree::Group(transcriber),
            ] = window
            else {
                continue;
            };
            if eq.as_char() != '=' || gt.as_char() != '>' {
                continue;
            }
            let fragments = fragments(&matcher.stream());
            let literal_prefix = leading_tokens(&matcher.stream())
                .into_iter()
                .take_while(|token| token != "$")
                .collect();
            let body_tokens = strip_dollars(&transcriber.stream());
            let body = match syn::Block::parse_within.parse2(body_tokens) {
                Ok(stmts) => {
                    self.block(&syn::Block { brace_token: Default::default(), stmts }, module)
                }
                Err(_) => Block { stmts: Vec::new(), span: self.span(transcriber.span()) },
            };
            expansions.push(MacroExpansion { fragments, literal_prefix, body });
        }
        expansions
    }
}

/// How many leading tokens are kept to choose a macro rule.
const LEADING_TOKENS: usize = 6;

/// The first tokens as text; a delimited group ends the list.
fn leading_tokens(tokens: &TokenStream) -> Vec<String> {
    tokens
        .clone()
        .into_iter()
        .take_while(|token| !matches!(token, TokenTree::Group(_)))
        .take(LEADING_TOKENS)
        .map(|token| token.to_string())
        .collect()
}

/// The `$name` fragments of a matcher, in order.
fn fragments(tokens: &TokenStream) -> Vec<Name> {
    let mut names = Vec::new();
    let mut after_dollar = false;
    for token in tokens.clone() {
        match &token {
            TokenTree::Punct(punct) if punct.as_char() == '$' => {
                after_dollar = true;
                continue;
            }
            TokenTree::Ident(ident) if after_dollar => names.push(names::ident(ident)),
            TokenTree::Group(group) => names.extend(fragments(&group.stream())),
            _ => {}
        }
        after_dollar = false;
    }
    names
}

/// A transcriber with `$name` turned into `name` and `$( .. ),*` repetitions written once.
fn strip_dollars(tokens: &TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = tokens.clone().into_iter().peekable();
    while let Some(token) = trees.next() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == '$' => match trees.peek() {
                Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
                    out.extend(strip_dollars(&group.stream()));
                    trees.next();
                    skip_repetition_operator(&mut trees);
                }
                _ => {}
            },
            TokenTree::Group(group) => {
                let mut stripped = Group::new(group.delimiter(), strip_dollars(&group.stream()));
                stripped.set_span(group.span());
                out.push(TokenTree::Group(stripped));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// Drops the separator and `*`/`+`/`?` after a `$( .. )` repetition.
fn skip_repetition_operator(trees: &mut std::iter::Peekable<proc_macro2::token_stream::IntoIter>) {
    for _ in 0..2 {
        match trees.peek() {
            Some(TokenTree::Punct(punct)) if matches!(punct.as_char(), '*' | '+' | '?') => {
                trees.next();
                return;
            }
            Some(TokenTree::Punct(punct)) if punct.as_char() == ',' || punct.as_char() == ';' => {
                trees.next();
            }
            _ => return,
        }
    }
}

/// The items an item-position macro invocation wraps, when its tokens parse as items. `ref` is
/// dropped first, so that `lazy_static! { static ref NAME: T = .. }` reads as a static.
pub(crate) fn wrapped_items(tokens: &TokenStream) -> Option<Vec<syn::Item>> {
    let tokens: TokenStream = tokens
        .clone()
        .into_iter()
        .filter(|token| !matches!(token, TokenTree::Ident(ident) if ident == "ref"))
        .collect();
    syn::parse2::<syn::File>(tokens).ok().map(|file| file.items)
}

/// `include!(..)`: another file's items, in place.
pub(crate) fn is_include(path: &syn::Path) -> bool {
    path.segments.last().is_some_and(|segment| segment.ident == "include")
}

/// `cfg_if::cfg_if!` and `std::cfg_select!`: items chosen by configuration predicates.
pub(crate) fn selects_by_cfg(path: &syn::Path) -> bool {
    path.segments.last().is_some_and(|segment| {
        matches!(segment.ident.to_string().as_str(), "cfg_if" | "cfg_select")
    })
}

/// The items of every branch of a `cfg_if!` or `cfg_select!`: each brace-delimited group of the
/// invocation that parses as items. Tokens keep their places in the file.
pub(crate) fn cfg_branches(tokens: &TokenStream) -> Vec<Vec<syn::Item>> {
    tokens
        .clone()
        .into_iter()
        .filter_map(|token| match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                syn::parse2::<syn::File>(group.stream()).ok().map(|file| file.items)
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::format_captures;

    #[test]
    fn format_uses_debug_sees_debug_placeholders_only() {
        assert!(super::format_uses_debug("{} and {:?}"));
        assert!(super::format_uses_debug("{user:#?}"));
        assert!(!super::format_uses_debug("{user} {0:>8} {{:?}}"));
    }

    #[test]
    fn format_captures_reads_inline_names_and_skips_escapes() {
        let names = format_captures("{phone} {{literal}} {0} {name:?} {}");
        let names: Vec<&str> = names.iter().map(|name| &**name).collect();
        assert_eq!(names, ["phone", "name"]);
    }
}
