//! Recognising the annotations and the few standard attributes the analysis cares about.
//!
//! An attribute is recognised by the last segment of its path, so `#[collected_for(..)]` and
//! `#[purpose::collected_for(..)]` are the same to the linter; the annotations crate itself checks
//! the forms at compile time, and this module reports what it cannot read instead of guessing.

use syn::punctuated::Punctuated;

use super::{Annotation, AnnotationError};

pub const COLLECTED_FOR: &str = "collected_for";
pub const USED_FOR: &str = "used_for";
pub const AD_TARGETING: &str = "ad_targeting";
pub const SUPPRESS: &str = "suppress";
pub const DECLASSIFY: &str = "declassify";

fn last_segment(path: &syn::Path) -> Option<String> {
    path.segments.last().map(|segment| segment.ident.to_string())
}

/// Reads `#[collected_for(a, b)]`, `#[used_for(a)]` and `#[ad_targeting]` attributes.
pub struct AnnotationReader<'a> {
    pub spans: super::lower::Spans<'a>,
    pub errors: &'a mut Vec<AnnotationError>,
}

impl AnnotationReader<'_> {
    fn span(&self, span: proc_macro2::Span) -> super::Span {
        self.spans.span(span)
    }

    /// The purposes a field was collected for.
    pub fn purposes(&mut self, attrs: &[syn::Attribute]) -> Vec<Annotation> {
        let mut purposes = Vec::new();
        for attr in attrs {
            if last_segment(attr.path()).as_deref() == Some(COLLECTED_FOR) {
                purposes.extend(self.name_list(attr, COLLECTED_FOR));
            }
        }
        purposes
    }

    /// The uses a function is annotated with: `ad_targeting` for `#[ad_targeting]`.
    pub fn uses(&mut self, attrs: &[syn::Attribute]) -> Vec<Annotation> {
        let mut uses = Vec::new();
        for attr in attrs {
            match last_segment(attr.path()).as_deref() {
                Some(AD_TARGETING) => {
                    if !matches!(attr.meta, syn::Meta::Path(_)) {
                        let span = self.attribute_span(attr);
                        let message = "`#[ad_targeting]` takes no arguments; for other uses write `#[used_for(NAME)]`";
                        self.errors.push(AnnotationError { span, message: message.into() });
                    }
                    let ident_span = attr.path().segments.last().map(|s| s.ident.span());
                    let span = self.span(ident_span.unwrap_or_else(proc_macro2::Span::call_site));
                    uses.push(Annotation { name: AD_TARGETING.into(), span });
                }
                Some(USED_FOR) => uses.extend(self.name_list(attr, USED_FOR)),
                _ => {}
            }
        }
        uses
    }

    /// The `#[suppress(lint, .., reason = "..")]` attributes of an item.
    pub fn suppressions(&mut self, attrs: &[syn::Attribute]) -> Vec<super::Suppression> {
        attrs
            .iter()
            .filter(|attr| last_segment(attr.path()).as_deref() == Some(SUPPRESS))
            .map(|attr| {
                let (lints, reason) = self.lints_and_reason(attr, SUPPRESS);
                super::Suppression { lints, reason, span: self.attribute_span(attr) }
            })
            .collect()
    }

    /// `#[declassify(reason = "..")]` on a function.
    pub fn declassification(
        &mut self,
        attrs: &[syn::Attribute],
    ) -> Option<super::Declassification> {
        let attr =
            attrs.iter().find(|attr| last_segment(attr.path()).as_deref() == Some(DECLASSIFY))?;
        let (_, reason) = self.lints_and_reason(attr, DECLASSIFY);
        Some(super::Declassification { reason, span: self.attribute_span(attr) })
    }

    /// Plain names and an optional `reason = "..."`; anything else is reported.
    fn lints_and_reason(
        &mut self,
        attr: &syn::Attribute,
        what: &str,
    ) -> (Vec<Annotation>, Option<String>) {
        let span = self.attribute_span(attr);
        let mut lints = Vec::new();
        let mut reason = None;
        let parsed = match &attr.meta {
            syn::Meta::List(_) => {
                attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated).ok()
            }
            _ => Some(Punctuated::new()),
        };
        let Some(items) = parsed else {
            let message = format!("`#[{what}]` takes lint names and `reason = \"...\"`");
            self.errors.push(AnnotationError { span, message });
            return (lints, reason);
        };
        for item in items {
            match item {
                syn::Meta::Path(path) if path.get_ident().is_some() => {
                    let ident = &path.segments[0].ident;
                    lints.push(Annotation {
                        name: syn::ext::IdentExt::unraw(ident).to_string().into(),
                        span: self.span(ident.span()),
                    });
                }
                syn::Meta::NameValue(pair) if pair.path.is_ident("reason") => match &pair.value {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) => {
                        reason = Some(text.value()).filter(|text| !text.trim().is_empty());
                    }
                    _ => self.errors.push(AnnotationError {
                        span,
                        message: format!("the reason of `#[{what}]` must be a string"),
                    }),
                },
                _ => self.errors.push(AnnotationError {
                    span,
                    message: format!("`#[{what}]` takes lint names and `reason = \"...\"`"),
                }),
            }
        }
        (lints, reason)
    }

    /// Reports purpose or use annotations on an item that cannot carry them (a struct, a
    /// module...): they would protect nothing.
    pub fn misplaced(&mut self, attrs: &[syn::Attribute], item: &str, allowed: &[&str]) {
        for attr in attrs {
            let name = last_segment(attr.path());
            let annotation = |name: &String| {
                [COLLECTED_FOR, USED_FOR, AD_TARGETING].contains(&name.as_str())
                    && !allowed.contains(&name.as_str())
            };
            let Some(name) = name.filter(annotation) else {
                continue;
            };
            let place = if name == COLLECTED_FOR { "fields" } else { "functions and methods" };
            let span = self.attribute_span(attr);
            let message = format!("`#[{name}]` on {item} has no effect: it belongs on {place}");
            self.errors.push(AnnotationError { span, message });
        }
    }

    fn attribute_span(&self, attr: &syn::Attribute) -> super::Span {
        self.span(attr.pound_token.span).to(self.span(attr.bracket_token.span.close()))
    }

    fn name_list(&mut self, attr: &syn::Attribute, what: &str) -> Vec<Annotation> {
        let attr_span = self.attribute_span(attr);
        let example = if what == COLLECTED_FOR { "security" } else { "ad_targeting" };
        let fail = |errors: &mut Vec<AnnotationError>, message: String| {
            errors.push(AnnotationError { span: attr_span, message });
        };
        if !matches!(attr.meta, syn::Meta::List(_)) {
            fail(
                self.errors,
                format!("`#[{what}]` needs a list of names, such as `#[{what}({example})]`"),
            );
            return Vec::new();
        }
        let plain_names = format!(
            "`#[{what}]` takes plain names separated by commas, such as `#[{what}({example})]`"
        );
        // Each item is read on its own, so one bad item does not lose the good ones.
        let parsed =
            attr.parse_args_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated);
        let Ok(items) = parsed else {
            fail(self.errors, plain_names);
            return Vec::new();
        };
        if items.is_empty() {
            fail(
                self.errors,
                format!("`#[{what}]` needs at least one name, such as `#[{what}({example})]`"),
            );
        }
        let mut names = Vec::new();
        for item in items {
            match &item {
                syn::Expr::Path(path)
                    if path.qself.is_none() && path.path.get_ident().is_some() =>
                {
                    let ident = &path.path.segments[0].ident;
                    names.push(Annotation {
                        name: syn::ext::IdentExt::unraw(ident).to_string().into(),
                        span: self.span(ident.span()),
                    });
                }
                _ => fail(self.errors, plain_names.clone()),
            }
        }
        names
    }
}

/// `#[cfg(test)]` and friends: code that only exists in test builds.
pub fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        let name = last_segment(attr.path());
        if name.as_deref() == Some("test") && matches!(attr.meta, syn::Meta::Path(_)) {
            return true;
        }
        if name.as_deref() != Some("cfg") {
            return false;
        }
        let syn::Meta::List(list) = &attr.meta else {
            return false;
        };
        let mut saw_test = false;
        for token in list.tokens.clone() {
            if let proc_macro2::TokenTree::Ident(ident) = &token {
                if ident == "not" {
                    return false;
                }
                saw_test |= ident == "test";
            }
            if let proc_macro2::TokenTree::Group(group) = &token {
                let text = group.stream().to_string();
                if text.contains("not") {
                    return false;
                }
                saw_test |=
                    text.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == "test");
            }
        }
        saw_test
    })
}

/// The value of `#[path = "..."]` on a module declaration.
pub fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let syn::Meta::NameValue(name_value) = &attr.meta else {
            return None;
        };
        if !name_value.path.is_ident("path") {
            return None;
        }
        match &name_value.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(literal), .. }) => {
                Some(literal.value())
            }
            _ => None,
        }
    })
}

/// `#[serde(skip)]` or `#[serde(skip_serializing)]` on a field.
pub fn is_serde_skipped(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        if !attr.path().is_ident("serde") {
            return false;
        }
        let syn::Meta::List(list) = &attr.meta else { return false };
        list.tokens.clone().into_iter().any(|token| {
            matches!(&token, proc_macro2::TokenTree::Ident(ident) if ident == "skip" || ident == "skip_serializing")
        })
    })
}

/// True for `macro_rules!`.
pub fn is_macro_rules(path: &syn::Path) -> bool {
    path.is_ident("macro_rules")
}
