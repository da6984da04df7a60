//! `#[ad_targeting]` and `#[used_for(...)]`: check the arguments and that the attribute sits on
//! a function, then give the function back token for token.

use proc_macro2::{Span, TokenStream};

use crate::name_list::{self, USED_FOR};

/// `#[ad_targeting]` takes no arguments: it is shorthand for `#[used_for(ad_targeting)]`.
pub(crate) fn expand_ad_targeting(args: TokenStream, item: TokenStream) -> TokenStream {
    let args_check = if args.is_empty() {
        Ok(())
    } else {
        Err(syn::Error::new_spanned(args, "`#[ad_targeting]` takes no arguments"))
    };
    finish("ad_targeting", args_check, item)
}

/// `#[used_for(name, ...)]` takes one or more plain identifiers.
pub(crate) fn expand_used_for(args: TokenStream, item: TokenStream) -> TokenStream {
    let args_check = name_list::parse_name_list(args, USED_FOR).and_then(|uses| {
        if uses.is_empty() {
            // With no arguments there is no token to point at but the attribute itself.
            Err(syn::Error::new(Span::call_site(), USED_FOR.missing_entries_message()))
        } else {
            Ok(())
        }
    });
    finish("used_for", args_check, item)
}

/// Re-emits the item unchanged, followed by any errors. The item is kept even on error so that
/// the compiler does not add confusing follow-up errors about a function that vanished.
fn finish(attribute: &str, args_check: syn::Result<()>, item: TokenStream) -> TokenStream {
    let target_check = check_target(attribute, &item);
    let errors = [args_check, target_check].into_iter().filter_map(Result::err);
    let mut output = item;
    if let Err(error) = crate::combine_errors(errors) {
        output.extend(error.into_compile_error());
    }
    output
}

/// Accepts anything shaped like a function: a free function, an inherent or trait impl method
/// and a trait method with a default body all parse as `syn::ItemFn`; a trait method
/// declaration without a body parses as `syn::TraitItemFn`; a function declared in an `extern`
/// block (which may carry `pub`) parses as `syn::ForeignItemFn`.
pub(crate) fn check_target(attribute: &str, item: &TokenStream) -> syn::Result<()> {
    let is_function = syn::parse2::<syn::ItemFn>(item.clone()).is_ok()
        || syn::parse2::<syn::TraitItemFn>(item.clone()).is_ok()
        || syn::parse2::<syn::ForeignItemFn>(item.clone()).is_ok();
    if is_function {
        return Ok(());
    }
    // The compiler has already parsed the item, so when syn cannot, the item uses syntax newer
    // than syn knows. Rejecting it would be a false error; the compiler keeps the final word.
    let Ok(other) = syn::parse2::<syn::Item>(item.clone()) else {
        return Ok(());
    };
    let mut message = format!("`#[{attribute}]` can only be applied to functions and methods");
    if let Some(kind) = describe_item(&other) {
        message.push_str(", not to ");
        message.push_str(kind);
    }
    Err(syn::Error::new(Span::call_site(), message))
}

/// Names a kind of item the way rustc's messages do, or `None` for items syn keeps as raw
/// tokens (such as an associated `type` or `const` without a value).
pub(crate) fn describe_item(item: &syn::Item) -> Option<&'static str> {
    let kind = match item {
        syn::Item::Const(_) => "a constant",
        syn::Item::Enum(_) => "an enum",
        syn::Item::ExternCrate(_) => "an `extern crate` declaration",
        syn::Item::ForeignMod(_) => "an `extern` block",
        syn::Item::Impl(_) => "an impl block",
        syn::Item::Macro(_) => "a macro item",
        syn::Item::Mod(_) => "a module",
        syn::Item::Static(_) => "a static",
        syn::Item::Struct(_) => "a struct",
        syn::Item::Trait(_) => "a trait",
        syn::Item::TraitAlias(_) => "a trait alias",
        syn::Item::Type(_) => "a type alias",
        syn::Item::Union(_) => "a union",
        syn::Item::Use(_) => "a `use` declaration",
        _ => return None,
    };
    Some(kind)
}
