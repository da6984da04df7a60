//! Identifiers shared while lowering: every occurrence of one name points at one allocation.
//!
//! A large workspace writes the same few thousand names millions of times. Allocating each
//! occurrence cost a third of the lowered model; one table per lowering thread (rather than one
//! behind a lock) keeps lowering free of contention, at the price of one copy of a name per thread.

use std::cell::RefCell;
use std::collections::HashSet;

use crate::model::Name;

thread_local! {
    static NAMES: RefCell<HashSet<Name>> = RefCell::new(HashSet::new());
}

/// The shared copy of `text`.
pub fn intern(text: &str) -> Name {
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(name) = names.get(text) {
            return name.clone();
        }
        let name: Name = text.into();
        names.insert(name.clone());
        name
    })
}

/// The shared copy of an identifier's text, as written (`r#` included).
pub fn ident(ident: &proc_macro2::Ident) -> Name {
    intern(&ident.to_string())
}
