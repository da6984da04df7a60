//! The names a name-based rule needs: fields annotated `#[collected_for(...)]` with `security`
//! among their purposes, and functions annotated `#[ad_targeting]` or `#[used_for(ad_targeting)]`,
//! read syntactically from every `.rs` file of a directory (attributes are recognised by their
//! last path segment, as cargo-purpose does).

use std::collections::BTreeSet;
use std::path::Path;

use syn::{Attribute, Fields, ImplItem, Item, Meta, TraitItem};

use crate::parse_floor::collect_rust_files;

/// Annotated names, sorted and without repeats.
#[derive(Clone, Debug, Default)]
pub struct Names {
    pub fields: BTreeSet<String>,
    pub sinks: BTreeSet<String>,
}

/// Reads the annotated names of every `.rs` file under `root` that parses.
pub fn collect(root: &Path) -> std::io::Result<Names> {
    let mut files = Vec::new();
    collect_rust_files(root, &mut files)?;
    let mut names = Names::default();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        if let Ok(file) = syn::parse_file(&text) {
            items(&file.items, &mut names);
        }
    }
    Ok(names)
}

fn items(list: &[Item], names: &mut Names) {
    for item in list {
        match item {
            Item::Struct(item) => fields(&item.fields, names),
            Item::Enum(item) => item.variants.iter().for_each(|v| fields(&v.fields, names)),
            Item::Fn(item) => sink(&item.attrs, &item.sig.ident.to_string(), names),
            Item::Impl(item) => {
                for member in &item.items {
                    if let ImplItem::Fn(function) = member {
                        sink(&function.attrs, &function.sig.ident.to_string(), names);
                    }
                }
            }
            Item::Trait(item) => {
                for member in &item.items {
                    if let TraitItem::Fn(function) = member {
                        sink(&function.attrs, &function.sig.ident.to_string(), names);
                    }
                }
            }
            Item::Mod(item) => {
                if let Some((_, content)) = &item.content {
                    items(content, names);
                }
            }
            _ => {}
        }
    }
}

fn fields(fields: &Fields, names: &mut Names) {
    let Fields::Named(named) = fields else { return };
    for field in &named.named {
        let annotated = field.attrs.iter().any(|attr| lists(attr, "collected_for", "security"));
        if let (true, Some(ident)) = (annotated, &field.ident) {
            names.fields.insert(ident.to_string());
        }
    }
}

fn sink(attrs: &[Attribute], name: &str, names: &mut Names) {
    let is_sink = attrs.iter().any(|attr| {
        last_segment(attr) == "ad_targeting" || lists(attr, "used_for", "ad_targeting")
    });
    if is_sink {
        names.sinks.insert(name.to_owned());
    }
}

/// Whether `attr` is `#[name(...)]` with `word` among its tokens.
fn lists(attr: &Attribute, name: &str, word: &str) -> bool {
    let Meta::List(list) = &attr.meta else { return false };
    last_segment(attr) == name
        && list
            .tokens
            .to_string()
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|w| w == word)
}

fn last_segment(attr: &Attribute) -> String {
    attr.path().segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default()
}
