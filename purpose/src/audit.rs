//! `#[suppress(...)]` and `#[declassify(...)]`: audited exceptions to the policy. Each must say
//! why in a `reason = "..."`, so that `cargo purpose inventory` can list every exception with its
//! justification for a reviewer. Both check their arguments and where they sit, then give the
//! item back token for token.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;

use crate::name_list::{self, Entry, SUPPRESS};
use crate::use_attribute;

/// The one key both attributes take.
const REASON: &str = "reason";

/// What differs between the two attributes: their name, whether they take lint names, and how
/// their messages put things.
#[derive(Clone, Copy)]
struct AuditKind {
    /// The attribute's name as written without a path.
    attribute: &'static str,
    /// `#[suppress]` names lints before its reason; `#[declassify]` takes the reason alone.
    takes_lints: bool,
    /// The message for an attribute without a reason.
    missing_reason: &'static str,
    /// The message for a reason that is empty or only whitespace.
    empty_reason: &'static str,
    /// The message for an argument that is not `reason = ...`, without the key's name.
    takes_only: &'static str,
}

const SUPPRESS_KIND: AuditKind = AuditKind {
    attribute: "suppress",
    takes_lints: true,
    missing_reason: "a suppression needs a reason: add `reason = \"...\"`",
    empty_reason: "a suppression's reason cannot be empty: say why the lint does not apply here",
    takes_only: "`#[suppress]` takes lint names and `reason = \"...\"`",
};

const DECLASSIFY_KIND: AuditKind = AuditKind {
    attribute: "declassify",
    takes_lints: false,
    missing_reason: "`#[declassify]` needs a reason, like `#[declassify(reason = \"...\")]`",
    empty_reason: "a declassification's reason cannot be empty: \
                   say why the result no longer carries the purposes of its inputs",
    takes_only: "`#[declassify]` takes only `reason = \"...\"`",
};

/// `#[suppress(lint, ..., reason = "...")]`: one or more lint names, then the reason.
pub(crate) fn expand_suppress(args: TokenStream, item: TokenStream) -> TokenStream {
    let args_check = check_args(args, SUPPRESS_KIND);
    let target_check = check_suppress_target(&item);
    finish([args_check, target_check], item)
}

/// `#[declassify(reason = "...")]`, on a function or method.
pub(crate) fn expand_declassify(args: TokenStream, item: TokenStream) -> TokenStream {
    let args_check = check_args(args, DECLASSIFY_KIND);
    let target_check = use_attribute::check_target(DECLASSIFY_KIND.attribute, &item)
        .and_then(|()| reject_second_declassify(&item));
    finish([args_check, target_check], item)
}

/// Re-emits the item unchanged, followed by any errors, so that the compiler adds no follow-up
/// errors about an item that vanished.
fn finish(checks: [syn::Result<()>; 2], item: TokenStream) -> TokenStream {
    let mut output = item;
    if let Err(error) = crate::combine_errors(checks.into_iter().filter_map(Result::err)) {
        output.extend(error.into_compile_error());
    }
    output
}

/// What the arguments say once read: the lint names in order and the reason, if any.
#[derive(Default)]
struct Arguments {
    lints: Vec<syn::Ident>,
    reason: Option<syn::LitStr>,
    /// Whether a `reason` key came, well formed or not: lint names go before it, and a second
    /// one is an error.
    seen_reason: bool,
}

/// Reads every argument, reporting each malformed one; only when all are well formed does it
/// go on to say what is missing, because a misspelt or malformed reason already has its own
/// message and "needs a reason" on top of it would only repeat the same mistake.
fn check_args(args: TokenStream, kind: AuditKind) -> syn::Result<()> {
    let mut read = Arguments::default();
    let errors: Vec<syn::Error> = name_list::split_at_commas(args)
        .into_iter()
        .filter_map(|entry| read_entry(entry, kind, &mut read).err())
        .collect();
    crate::combine_errors(errors)?;
    if kind.takes_lints && read.lints.is_empty() {
        let message = if read.reason.is_none() {
            "`#[suppress]` needs the lints it suppresses and a reason, \
             like `#[suppress(purpose_violation, reason = \"...\")]`"
        } else {
            "`#[suppress]` needs at least one lint name before its reason, \
             like `#[suppress(purpose_violation, reason = \"...\")]`"
        };
        return Err(syn::Error::new(Span::call_site(), message));
    }
    if read.reason.is_none() {
        return Err(syn::Error::new(Span::call_site(), kind.missing_reason));
    }
    Ok(())
}

/// Reads one comma-separated argument: `reason = "..."`, another `key = value`, or a lint name.
fn read_entry(entry: Entry, kind: AuditKind, read: &mut Arguments) -> syn::Result<()> {
    let key = match entry.tokens.first() {
        Some(TokenTree::Ident(ident)) => Some(ident.clone()),
        _ => None,
    };
    let followed_by_equals =
        matches!(entry.tokens.get(1), Some(TokenTree::Punct(punct)) if punct.as_char() == '=');
    match key {
        Some(key) if key == REASON => read_reason(&key, &entry.tokens[1..], kind, read),
        Some(key) if followed_by_equals => Err(unknown_key(&key, kind)),
        _ => read_lint(&entry, kind, read),
    }
}

/// Reads the value of `reason = "..."`: a string literal (raw strings included) that holds more
/// than whitespace, given once, after every lint name.
fn read_reason(
    key: &proc_macro2::Ident,
    rest: &[TokenTree],
    kind: AuditKind,
    read: &mut Arguments,
) -> syn::Result<()> {
    let (value, is_pair) = match rest.split_first() {
        Some((TokenTree::Punct(punct), value)) if punct.as_char() == '=' => (value, true),
        _ => (rest, false),
    };
    if !is_pair || value.is_empty() {
        let tokens: TokenStream =
            std::iter::once(TokenTree::Ident(key.clone())).chain(rest.iter().cloned()).collect();
        let message = "`reason` takes a string after `=`, like `reason = \"...\"`";
        return Err(syn::Error::new_spanned(tokens, message));
    }
    if read.seen_reason {
        let message = format!("duplicate `reason`: `#[{}]` takes a single reason", kind.attribute);
        return Err(syn::Error::new(key.span(), message));
    }
    read.seen_reason = true;
    let value: TokenStream = value.iter().cloned().collect();
    // A `$reason:literal` or `$reason:expr` from `macro_rules!` arrives wrapped in an invisible
    // group, which parsing through syn looks through.
    let Ok(reason) = syn::parse2::<syn::LitStr>(value.clone()) else {
        let message = "`reason` must be a string literal, like `reason = \"...\"`";
        return Err(syn::Error::new_spanned(value, message));
    };
    if reason.value().trim().is_empty() {
        return Err(syn::Error::new_spanned(reason.to_token_stream(), kind.empty_reason));
    }
    read.reason = Some(reason);
    Ok(())
}

/// Reads a lint name: a plain identifier, not yet in the list, before the reason. The name is
/// not checked against the lints cargo-purpose knows: the linter does that, with suggestions,
/// and a crate of annotations should not have to change when a lint is added.
fn read_lint(entry: &Entry, kind: AuditKind, read: &mut Arguments) -> syn::Result<()> {
    if !kind.takes_lints {
        let tokens: TokenStream = entry.tokens.iter().cloned().collect();
        if tokens.is_empty() {
            return match &entry.comma {
                // An empty argument between two commas.
                Some(comma) => {
                    Err(syn::Error::new(comma.span(), format!("{}, found `,`", kind.takes_only)))
                }
                // The end of the list, after a trailing comma or with no argument at all.
                None => Ok(()),
            };
        }
        return Err(syn::Error::new_spanned(
            &tokens,
            format!("{}, found `{tokens}`", kind.takes_only),
        ));
    }
    let parsed = name_list::parse_entry(entry, SUPPRESS)
        .and_then(|name| name_list::reject_duplicate(name, &read.lints, SUPPRESS))?;
    let Some(lint) = parsed else {
        return Ok(());
    };
    if read.seen_reason {
        let message = format!("lint names must come before `reason`: move `{lint}` before it");
        return Err(syn::Error::new(lint.span(), message));
    }
    read.lints.push(lint);
    Ok(())
}

/// The only key is `reason`, so a key that is close to it is taken for a misspelling of it.
fn unknown_key(key: &proc_macro2::Ident, kind: AuditKind) -> syn::Error {
    let name = key.to_string();
    let message = if is_close_to_reason(&name) {
        format!("unknown key `{name}`: did you mean `reason`?")
    } else {
        format!("unknown key `{name}`: {}", kind.takes_only)
    };
    syn::Error::new(key.span(), message)
}

/// True for a word at most two single-character edits away from `reason`, ignoring case, such
/// as `reasn`, `reson`, `Reason` or `reasons`.
fn is_close_to_reason(word: &str) -> bool {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    let target: Vec<char> = REASON.chars().collect();
    let mut previous: Vec<usize> = (0..=target.len()).collect();
    for (i, &a) in word.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, &b) in target.iter().enumerate() {
            let substitution = previous[j] + usize::from(a != b);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[target.len()] <= 2
}

/// `#[suppress]` covers the code of the item it sits on, so it belongs on items that hold code
/// or the data a flow passes through. On an item the linter does not look into (a `use`, a type
/// alias, an `extern` block, a macro definition) it would silently suppress nothing.
fn check_suppress_target(item: &TokenStream) -> syn::Result<()> {
    // Trait method declarations without a body, and functions in `extern` blocks, are not
    // items on their own.
    if syn::parse2::<syn::TraitItemFn>(item.clone()).is_ok()
        || syn::parse2::<syn::ForeignItemFn>(item.clone()).is_ok()
    {
        return Ok(());
    }
    // The compiler has already parsed the item, so when syn cannot, the item uses syntax newer
    // than syn knows. Rejecting it would be a false error; the compiler keeps the final word.
    // What syn keeps as raw tokens (`Item::Verbatim`) is rejected below: mostly associated
    // types and constants without a value, which hold no code.
    let Ok(parsed) = syn::parse2::<syn::Item>(item.clone()) else {
        return Ok(());
    };
    let allowed = matches!(
        parsed,
        syn::Item::Fn(_)
            | syn::Item::Impl(_)
            | syn::Item::Trait(_)
            | syn::Item::Mod(_)
            | syn::Item::Struct(_)
            | syn::Item::Enum(_)
            | syn::Item::Const(_)
            | syn::Item::Static(_)
    );
    if allowed {
        return Ok(());
    }
    let mut message = "`#[suppress]` can only be applied to functions, methods, impl blocks, \
                       traits, modules, structs, enums, constants and statics"
        .to_owned();
    if let Some(kind) = use_attribute::describe_item(&parsed) {
        message.push_str(", not to ");
        message.push_str(kind);
    }
    Err(syn::Error::new(Span::call_site(), message))
}

/// A function is declassified once: a second `#[declassify]` below the first (which the first
/// sees among the function's attributes) would leave a reviewer to wonder which reason holds.
fn reject_second_declassify(item: &TokenStream) -> syn::Result<()> {
    let attrs = if let Ok(function) = syn::parse2::<syn::ItemFn>(item.clone()) {
        function.attrs
    } else if let Ok(function) = syn::parse2::<syn::TraitItemFn>(item.clone()) {
        function.attrs
    } else if let Ok(function) = syn::parse2::<syn::ForeignItemFn>(item.clone()) {
        function.attrs
    } else {
        return Ok(());
    };
    let second = attrs.iter().find(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == DECLASSIFY_KIND.attribute)
    });
    match second {
        Some(attr) => Err(syn::Error::new_spanned(
            attr,
            "a function can be declassified only once: give one `#[declassify]` with one reason",
        )),
        None => Ok(()),
    }
}
