//! Lowering paths and types as written.

use crate::model::Span;
use crate::model::types::{PathRef, PathSegment, QualifiedSelf, TypeRef};

use super::Spans;
use super::names;

pub fn lower_path(spans: Spans<'_>, path: &syn::Path, qself: Option<&syn::QSelf>) -> PathRef {
    let segments = path
        .segments
        .iter()
        .map(|segment| PathSegment {
            name: names::ident(&segment.ident),
            generic_args: generic_args(spans, &segment.arguments),
        })
        .collect();
    let span = match (path.segments.first(), path.segments.last()) {
        (Some(first), Some(last)) => {
            spans.span(first.ident.span()).to(spans.span(last.ident.span()))
        }
        _ => Span::default(),
    };
    PathRef {
        leading_colon: path.leading_colon.is_some(),
        segments,
        qself: qself.map(|qself| {
            Box::new(QualifiedSelf {
                self_ty: lower_type(spans, &qself.ty),
                trait_segments: qself.position,
            })
        }),
        span,
    }
}

fn generic_args(spans: Spans<'_>, arguments: &syn::PathArguments) -> Box<[TypeRef]> {
    match arguments {
        syn::PathArguments::AngleBracketed(angle) => angle
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(lower_type(spans, ty)),
                _ => None,
            })
            .collect(),
        syn::PathArguments::Parenthesized(_) | syn::PathArguments::None => Box::default(),
    }
}

pub fn lower_type(spans: Spans<'_>, ty: &syn::Type) -> TypeRef {
    match ty {
        syn::Type::Path(path) => TypeRef::Path(lower_path(spans, &path.path, path.qself.as_ref())),
        syn::Type::Reference(reference) => {
            TypeRef::Reference(Box::new(lower_type(spans, &reference.elem)))
        }
        syn::Type::Ptr(pointer) => TypeRef::Reference(Box::new(lower_type(spans, &pointer.elem))),
        syn::Type::Paren(paren) => lower_type(spans, &paren.elem),
        syn::Type::Group(group) => lower_type(spans, &group.elem),
        syn::Type::Tuple(tuple) => {
            TypeRef::Tuple(tuple.elems.iter().map(|ty| lower_type(spans, ty)).collect())
        }
        syn::Type::Slice(slice) => TypeRef::Slice(Box::new(lower_type(spans, &slice.elem))),
        syn::Type::Array(array) => TypeRef::Array(Box::new(lower_type(spans, &array.elem))),
        syn::Type::TraitObject(object) => iterator_item(spans, &object.bounds)
            .unwrap_or_else(|| TypeRef::Bounds(trait_bounds(spans, &object.bounds))),
        syn::Type::ImplTrait(bounds) => iterator_item(spans, &bounds.bounds)
            .unwrap_or_else(|| TypeRef::Bounds(trait_bounds(spans, &bounds.bounds))),
        _ => TypeRef::Unknown,
    }
}

/// `impl Iterator<Item = T>` (and `dyn`, `IntoIterator`...) is seen as a sequence of `T`, which is
/// what a `for` loop or an iterator adapter over it produces.
fn iterator_item<'a>(
    spans: Spans<'_>,
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Option<TypeRef> {
    bounds.into_iter().find_map(|bound| {
        let syn::TypeParamBound::Trait(bound) = bound else {
            return None;
        };
        let last = bound.path.segments.last()?;
        let is_iterator = matches!(
            last.ident.to_string().as_str(),
            "Iterator" | "IntoIterator" | "DoubleEndedIterator" | "ExactSizeIterator" | "Stream"
        );
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        args.args.iter().find_map(|arg| match arg {
            syn::GenericArgument::AssocType(assoc) if is_iterator && assoc.ident == "Item" => {
                Some(TypeRef::Slice(Box::new(lower_type(spans, &assoc.ty))))
            }
            _ => None,
        })
    })
}

pub fn trait_bounds<'a>(
    spans: Spans<'_>,
    bounds: impl IntoIterator<Item = &'a syn::TypeParamBound>,
) -> Vec<PathRef> {
    bounds
        .into_iter()
        .filter_map(|bound| match bound {
            syn::TypeParamBound::Trait(bound) => Some(lower_path(spans, &bound.path, None)),
            _ => None,
        })
        .collect()
}

/// A token of the type good enough to point at, without walking the whole type.
pub fn type_span(ty: &syn::Type) -> proc_macro2::Span {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .first()
            .map(|segment| segment.ident.span())
            .unwrap_or_else(proc_macro2::Span::call_site),
        syn::Type::Reference(reference) => reference.and_token.spans[0],
        syn::Type::Tuple(tuple) => tuple.paren_token.span.open(),
        syn::Type::Slice(slice) => slice.bracket_token.span.open(),
        syn::Type::Array(array) => array.bracket_token.span.open(),
        syn::Type::Paren(paren) => paren.paren_token.span.open(),
        _ => proc_macro2::Span::call_site(),
    }
}
