//! Parsing of the comma-separated identifier lists shared by `#[collected_for(...)]`,
//! `#[used_for(...)]` and the lint names of `#[suppress(...)]`, with the error messages they give
//! for a malformed list.

use proc_macro2::{Delimiter, Punct, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;

/// Which attribute a list belongs to, so that messages name the attribute and its entries.
#[derive(Clone, Copy)]
pub(crate) struct ListKind {
    /// The attribute's name as written without a path, such as `collected_for`.
    pub(crate) attribute: &'static str,
    /// What one entry of the list is called in messages, such as `purpose`.
    pub(crate) entry: &'static str,
    /// A well-formed entry that messages show as an example.
    pub(crate) example: &'static str,
}

/// The purposes a field was collected for.
pub(crate) const COLLECTED_FOR: ListKind =
    ListKind { attribute: "collected_for", entry: "purpose", example: "security" };

/// The uses a function puts its data to.
pub(crate) const USED_FOR: ListKind =
    ListKind { attribute: "used_for", entry: "use", example: "analytics" };

/// The cargo-purpose lints a suppression names.
pub(crate) const SUPPRESS: ListKind =
    ListKind { attribute: "suppress", entry: "lint", example: "purpose_violation" };

impl ListKind {
    /// The message for an attribute that names no entry at all, such as `#[collected_for()]`.
    pub(crate) fn missing_entries_message(self) -> String {
        let Self { attribute, entry, example } = self;
        format!("`#[{attribute}]` needs at least one {entry}, like `#[{attribute}({example})]`")
    }

    /// The message for an entry that is not a plain identifier; `found` says what it was.
    fn expected_message(self, found: &str) -> String {
        format!("expected a {} name such as `{}`, found {found}", self.entry, self.example)
    }
}

/// Parses the tokens between an attribute's parentheses as `name, name, ...` (a trailing comma
/// is allowed, as in Rust's own attribute lists) and returns the names in order.
///
/// An empty list is not an error here, because only the caller knows which tokens to point at;
/// every malformed entry is reported, not only the first, so that one build shows them all.
pub(crate) fn parse_name_list(tokens: TokenStream, kind: ListKind) -> syn::Result<Vec<syn::Ident>> {
    let mut names: Vec<syn::Ident> = Vec::new();
    let mut errors: Vec<syn::Error> = Vec::new();
    for entry in split_at_commas(tokens) {
        let parsed =
            parse_entry(&entry, kind).and_then(|name| reject_duplicate(name, &names, kind));
        match parsed {
            Ok(Some(name)) => names.push(name),
            Ok(None) => {}
            Err(error) => errors.push(error),
        }
    }
    crate::combine_errors(errors)?;
    Ok(names)
}

/// The tokens of one list entry and the comma that ends it, if any.
pub(crate) struct Entry {
    pub(crate) tokens: Vec<TokenTree>,
    pub(crate) comma: Option<Punct>,
}

/// Splits at top-level commas; commas inside a group belong to that group's entry, which is
/// rejected as a whole, so they need no special care.
pub(crate) fn split_at_commas(tokens: TokenStream) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut current = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                entries.push(Entry { tokens: std::mem::take(&mut current), comma: Some(punct) })
            }
            other => current.push(other),
        }
    }
    entries.push(Entry { tokens: current, comma: None });
    entries
}

/// Returns the entry's name, `None` for the empty tail after a trailing comma, or an error that
/// says what was found instead of a plain identifier.
pub(crate) fn parse_entry(entry: &Entry, kind: ListKind) -> syn::Result<Option<syn::Ident>> {
    let tokens: TokenStream = entry.tokens.iter().cloned().collect();
    let found = match entry.tokens.as_slice() {
        [] => {
            return match &entry.comma {
                Some(comma) => Err(syn::Error::new(comma.span(), kind.expected_message("`,`"))),
                None => Ok(None),
            };
        }
        [TokenTree::Ident(ident)] => return check_identifier(ident, kind).map(Some),
        // A `$name:ident` passed through `macro_rules!` can arrive wrapped in an invisible group.
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::None => {
            let inner =
                Entry { tokens: group.stream().into_iter().collect(), comma: entry.comma.clone() };
            return parse_entry(&inner, kind);
        }
        [TokenTree::Literal(literal)] => describe_literal(literal),
        [TokenTree::Ident(_), TokenTree::Group(_)] => "a nested list".to_owned(),
        [TokenTree::Ident(_), TokenTree::Punct(punct), ..] if punct.as_char() == '=' => {
            "a `name = value` pair".to_owned()
        }
        _ if syn::parse2::<syn::Path>(tokens.clone()).is_ok() => "a path".to_owned(),
        [TokenTree::Ident(ident), next, ..] => {
            let message = format!("expected `,` after {} `{ident}`", kind.entry);
            return Err(syn::Error::new_spanned(next, message));
        }
        _ => format!("`{tokens}`"),
    };
    Err(syn::Error::new_spanned(tokens, kind.expected_message(&found)))
}

/// Rejects keywords and `_`, which the compiler would accept inside an inert attribute but
/// which cannot name a purpose or a use. Raw identifiers such as `r#type` are fine. The words
/// follow rustc's own "found keyword `self`" and "found reserved identifier `_`".
fn check_identifier(ident: &syn::Ident, kind: ListKind) -> syn::Result<syn::Ident> {
    if syn::parse2::<syn::Ident>(ident.to_token_stream()).is_ok() {
        return Ok(ident.clone());
    }
    let found = if ident == "_" {
        "reserved identifier `_`".to_owned()
    } else {
        format!("keyword `{ident}`")
    };
    Err(syn::Error::new(ident.span(), kind.expected_message(&found)))
}

/// Describes a literal for the "found ..." part of a message. A string that holds a valid
/// identifier gets the fix spelled out, because quoting the name is the likeliest slip.
fn describe_literal(literal: &proc_macro2::Literal) -> String {
    let lit = syn::parse2::<syn::Lit>(literal.to_token_stream());
    let Ok(syn::Lit::Str(string)) = lit else {
        return "a literal".to_owned();
    };
    let value = string.value();
    if syn::parse_str::<syn::Ident>(&value).is_ok() {
        format!("a string literal; write `{value}` without quotes")
    } else {
        "a string literal".to_owned()
    }
}

/// Passes the name through unless the same list already holds it; `r#name` and `name` are one
/// name, as they are to the compiler.
pub(crate) fn reject_duplicate(
    name: Option<syn::Ident>,
    earlier: &[syn::Ident],
    kind: ListKind,
) -> syn::Result<Option<syn::Ident>> {
    let Some(name) = name else {
        return Ok(None);
    };
    if earlier.iter().any(|seen| seen.unraw() == name.unraw()) {
        let message = format!("duplicate {} `{}`", kind.entry, name.unraw());
        return Err(syn::Error::new(name.span(), message));
    }
    Ok(Some(name))
}
