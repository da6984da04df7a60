//! `#[derive(Purpose)]`: checks the `#[collected_for(...)]` annotations of a struct or enum and
//! emits no code, so the annotations cost nothing at run time.

use proc_macro2::TokenStream;
use syn::spanned::Spanned;

use crate::name_list::{self, COLLECTED_FOR};

/// Expands to nothing when every annotation is well formed, else to the compile errors.
pub(crate) fn expand(input: &syn::DeriveInput) -> TokenStream {
    match check_input(input) {
        Ok(()) => TokenStream::new(),
        Err(error) => error.into_compile_error(),
    }
}

fn check_input(input: &syn::DeriveInput) -> syn::Result<()> {
    let mut errors = Vec::new();
    match &input.data {
        syn::Data::Struct(strukt) => {
            errors.extend(misplaced_annotations(&input.attrs, "a struct"));
            errors.extend(check_fields(&strukt.fields));
        }
        syn::Data::Enum(enumeration) => {
            errors.extend(misplaced_annotations(&input.attrs, "an enum"));
            for variant in &enumeration.variants {
                errors.extend(misplaced_annotations(&variant.attrs, "an enum variant"));
                errors.extend(check_fields(&variant.fields));
            }
        }
        // A union's fields overlap in memory, so one cannot say which purpose the stored data
        // was collected for; the linter models structs and enums only.
        syn::Data::Union(union) => {
            let message =
                "`#[derive(Purpose)]` can only be used on structs and enums, not on unions";
            errors.push(syn::Error::new(union.union_token.span(), message));
        }
    }
    // The compiler accepts a derive's helper attribute anywhere in the item, generic
    // parameters included, so those places are checked too.
    for param in &input.generics.params {
        errors.extend(misplaced_annotations(param_attrs(param), "a generic parameter"));
    }
    crate::combine_errors(errors)
}

fn param_attrs(param: &syn::GenericParam) -> &[syn::Attribute] {
    match param {
        syn::GenericParam::Lifetime(lifetime) => &lifetime.attrs,
        syn::GenericParam::Type(ty) => &ty.attrs,
        syn::GenericParam::Const(constant) => &constant.attrs,
    }
}

/// Every `#[collected_for]` outside a field is an error: a purpose belongs to the data a field
/// holds, and marking a whole struct would silently cover fields added later.
fn misplaced_annotations(attrs: &[syn::Attribute], place: &str) -> Vec<syn::Error> {
    attrs
        .iter()
        .filter(|attr| is_collected_for(attr))
        .map(|attr| {
            let message = format!(
                "`#[collected_for]` must be applied to a field, not to {place}: \
                 put it on each field collected for that purpose"
            );
            syn::Error::new_spanned(attr, message)
        })
        .collect()
}

fn check_fields(fields: &syn::Fields) -> Vec<syn::Error> {
    fields
        .iter()
        .flat_map(|field| &field.attrs)
        .filter(|attr| is_collected_for(attr))
        .filter_map(|attr| check_collected_for(attr).err())
        .collect()
}

/// A derive helper attribute can only be written by its bare name, so no path form exists to
/// match here.
fn is_collected_for(attr: &syn::Attribute) -> bool {
    attr.path().is_ident(COLLECTED_FOR.attribute)
}

/// Accepts `#[collected_for(name, ...)]` with at least one name.
fn check_collected_for(attr: &syn::Attribute) -> syn::Result<()> {
    let list = match &attr.meta {
        syn::Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_)) => list,
        syn::Meta::Path(_) => {
            return Err(syn::Error::new_spanned(attr, COLLECTED_FOR.missing_entries_message()));
        }
        syn::Meta::List(_) | syn::Meta::NameValue(_) => {
            let message = "`#[collected_for]` takes its purposes in parentheses, \
                           like `#[collected_for(security)]`";
            return Err(syn::Error::new_spanned(attr, message));
        }
    };
    let purposes = name_list::parse_name_list(list.tokens.clone(), COLLECTED_FOR)?;
    if purposes.is_empty() {
        return Err(syn::Error::new_spanned(attr, COLLECTED_FOR.missing_entries_message()));
    }
    Ok(())
}
