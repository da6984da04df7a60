//! Purpose-limitation annotations: declare why data was collected and what code uses data for,
//! so that [cargo-purpose] can fail the build when data reaches a use its purpose forbids.
//!
//! The macros change nothing at run time. Each expands to the annotated item unchanged, and the
//! derive emits no code at all; their only job is to reject malformed annotations at compile
//! time, so that what the linter reads is what the developer meant. The linter reads the source
//! text and recognises an attribute by the last segment of its path.
//!
//! [cargo-purpose]: https://github.com/cargo-purpose/cargo-purpose
//!
//! # Typical use
//!
//! ```
//! use purpose::{Purpose, ad_targeting};
//!
//! #[derive(Purpose)]
//! pub struct User {
//!     pub display_name: String,
//!     // Given for two-factor authentication only.
//!     #[collected_for(security)]
//!     pub phone: String,
//! }
//!
//! #[ad_targeting]
//! pub fn upload_audience(contacts: &[String]) -> usize {
//!     contacts.len()
//! }
//!
//! let user = User { display_name: "Ada".to_owned(), phone: "+44 20 7946 0000".to_owned() };
//! // cargo-purpose reports this call: `phone` was collected for `security` only.
//! assert_eq!(upload_audience(&[user.phone]), 1);
//! ```
//!
//! # Sources: `#[derive(Purpose)]` and `#[collected_for(...)]`
//!
//! Derive [`Purpose`] on a struct or an enum, then mark each field with the purposes its data
//! was collected for. Named fields, tuple fields and the fields of enum variants are all
//! accepted, and one field may name several purposes:
//!
//! ```
//! use purpose::Purpose;
//!
//! #[derive(Purpose)]
//! pub struct Account {
//!     #[collected_for(security, fraud_prevention)]
//!     pub login_ip: String,
//! }
//!
//! #[derive(Purpose)]
//! pub struct Phone(#[collected_for(security)] pub String);
//!
//! #[derive(Purpose)]
//! pub enum Contact {
//!     Email {
//!         #[collected_for(security)]
//!         address: String,
//!     },
//!     Phone(#[collected_for(security)] String),
//! }
//! ```
//!
//! # Sinks: `#[ad_targeting]` and `#[used_for(...)]`
//!
//! Mark a function with what it uses its data for. `#[ad_targeting]` means
//! `#[used_for(ad_targeting)]`; `#[used_for(...)]` names any use, or several. Both apply to free
//! functions (generic, `async`, `const` and `unsafe` ones too), inherent methods, trait method
//! declarations with or without a default body, methods of trait impls, and functions declared
//! in an `extern` block. Both may also be written by path:
//!
//! ```
//! use purpose::{ad_targeting, used_for};
//!
//! #[ad_targeting]
//! pub fn upload_audience(contacts: &[String]) {}
//!
//! #[used_for(analytics, personalisation)]
//! pub async fn record_visit<T: AsRef<str>>(page: T) {}
//!
//! pub trait AdNetwork {
//!     #[ad_targeting]
//!     fn upload(&self, contacts: &[String]);
//!
//!     #[purpose::used_for(analytics)]
//!     fn count(&self, contacts: &[String]) -> usize {
//!         contacts.len()
//!     }
//! }
//!
//! pub struct Partner;
//!
//! impl Partner {
//!     #[purpose::ad_targeting]
//!     pub fn match_audience(&self, emails: &[String]) {}
//! }
//!
//! impl AdNetwork for Partner {
//!     #[ad_targeting]
//!     fn upload(&self, contacts: &[String]) {}
//! }
//! ```
//!
//! # Suppressions: `#[suppress(...)]`
//!
//! When a finding is acceptable (the user consented, a contract allows it), suppress it where
//! it happens, and say why. `#[suppress(LINT, ..., reason = "...")]` names one or more
//! cargo-purpose lints as plain identifiers, then a reason, which is mandatory and cannot be
//! empty. cargo-purpose reports no finding of those lints inside the item, lists every
//! suppression with its reason in `cargo purpose inventory`, and reports a suppression that no
//! longer covers any finding. The lint names are not checked at compile time: the linter
//! reports a name it does not know, with a suggestion.
//!
//! It applies to free functions, methods (inherent and of trait impls), trait method
//! declarations, impl blocks, traits, inline modules, structs, enums, constants and statics,
//! imported or written by path:
//!
//! ```
//! use purpose::{ad_targeting, suppress};
//!
//! #[ad_targeting]
//! pub fn upload_audience(contacts: &[String]) {}
//!
//! #[suppress(purpose_violation, reason = "DPO-142: users consented to phone matching in 2024")]
//! pub fn legacy_export(phones: &[String]) {
//!     upload_audience(phones);
//! }
//!
//! pub struct Partner;
//!
//! #[purpose::suppress(purpose_violation, reason = "the partner contract covers every method")]
//! impl Partner {
//!     pub fn upload(&self, phones: &[String]) {
//!         upload_audience(phones);
//!     }
//! }
//!
//! #[suppress(purpose_violation, unused_suppression, reason = "removed in 2.0, see #311")]
//! mod legacy {
//!     pub fn old_upload(phones: &[String]) {
//!         super::upload_audience(phones);
//!     }
//! }
//! # fn main() {}
//! ```
//!
//! A module in a file of its own cannot carry the attribute on stable Rust: the compiler
//! rejects an attribute macro on `mod legacy;` ("file modules in proc macro input are
//! unstable", rust-lang/rust#54727), and an inner `#![suppress(...)]` at the top of the
//! module's file too, because custom inner attributes are unstable. The same holds for an inline
//! module that declares such a module inside it. Suppress on the items of that file instead.
//!
//! The attribute is called `suppress` rather than `allow` because an attribute macro named
//! `allow` would clash with the built-in `#[allow(...)]` wherever `purpose::*` is
//! glob-imported.
//!
//! # Declassifiers: `#[declassify(...)]`
//!
//! Some functions compute a value that no longer carries the purposes of the data it came
//! from, such as a count or an aggregate over many users. `#[declassify(reason = "...")]`
//! declares that: cargo-purpose treats the function's return value as free of the purposes of
//! its inputs, and lists the declassifier with its reason in `cargo purpose inventory`. The
//! reason is mandatory and cannot be empty. It applies where `#[ad_targeting]` does, once per
//! function:
//!
//! ```
//! use purpose::{Purpose, declassify};
//!
//! #[derive(Purpose)]
//! pub struct Account {
//!     #[collected_for(security)]
//!     pub phone: String,
//! }
//!
//! #[declassify(reason = "a count of accounts identifies no one")]
//! pub fn count_with_phone(accounts: &[Account]) -> usize {
//!     accounts.iter().filter(|account| !account.phone.is_empty()).count()
//! }
//!
//! pub trait Aggregate {
//!     #[purpose::declassify(reason = "implementations return counts only")]
//!     fn total(&self) -> usize;
//! }
//! ```
//!
//! # What is an error
//!
//! Each of these fails to compile with a message that points at the offending tokens:
//!
//! - a purpose or use that is not a plain identifier: a string literal (`"security"`), a path
//!   (`a::b`), a `name = value` pair, a nested list (`a(b)`), a keyword, or a missing comma;
//! - the same purpose or use twice in one attribute;
//! - `#[collected_for]`, `#[collected_for()]`, `#[used_for]` and `#[used_for()]`, which name
//!   nothing, and `#[collected_for = "security"]`, which is not a list;
//! - `#[collected_for(...)]` on a struct, an enum, a variant or a generic parameter rather than
//!   on a field;
//! - `#[derive(Purpose)]` on a union;
//! - `#[ad_targeting]` with arguments, such as `#[ad_targeting(email)]`;
//! - `#[ad_targeting]` or `#[used_for(...)]` on anything but a function or method, such as a
//!   struct, an enum, a constant, a static, a module, a `use` declaration or an impl block;
//! - `#[suppress(...)]` without a lint name, with a lint name that is not a plain identifier
//!   (`"purpose_violation"`, `purpose::purpose_violation`) or that comes twice, or with a lint
//!   name after the reason;
//! - `#[suppress(...)]` or `#[declassify(...)]` without `reason = "..."`, with an empty or
//!   blank reason, a reason that is not a string literal (`reason = 142`,
//!   `reason = concat!(...)`), two reasons, or another key (`reasn = "..."`);
//! - `#[suppress(...)]` on a `use` declaration, a type alias, an `extern` block, a macro
//!   definition, a union, or an associated type;
//! - `#[declassify(...)]` with a lint name, on anything but a function or method, or twice on
//!   one function.

use proc_macro::TokenStream;

mod audit;
mod derive;
mod name_list;
mod use_attribute;

/// Checks the `#[collected_for(...)]` annotations on a struct's or enum's fields and emits no
/// code.
///
/// `#[collected_for(PURPOSE, ...)]` goes on a field (named, tuple, or of an enum variant) and
/// names the purposes the field's data was collected for, as plain identifiers. The derive
/// rejects an empty or malformed list, a duplicate purpose, the attribute anywhere but on a
/// field, and unions.
///
/// ```
/// #[derive(purpose::Purpose)]
/// pub struct User {
///     #[collected_for(security)]
///     pub phone: String,
/// }
/// ```
#[proc_macro_derive(Purpose, attributes(collected_for))]
pub fn derive_purpose(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    derive::expand(&input).into()
}

/// Marks a function or method as using its data for ad targeting; the same as
/// `#[used_for(ad_targeting)]`.
///
/// Takes no arguments and applies to functions and methods only (trait declarations with or
/// without a default body and impl methods included). The function is left unchanged.
///
/// ```
/// #[purpose::ad_targeting]
/// pub fn upload_audience(contacts: &[String]) {}
/// ```
#[proc_macro_attribute]
pub fn ad_targeting(args: TokenStream, item: TokenStream) -> TokenStream {
    use_attribute::expand_ad_targeting(args.into(), item.into()).into()
}

/// Marks a function or method as using its data for the named uses, such as
/// `#[used_for(analytics)]` or `#[used_for(analytics, personalisation)]`.
///
/// Takes one or more plain identifiers, each at most once, and applies to functions and methods
/// only. The function is left unchanged.
///
/// ```
/// #[purpose::used_for(analytics)]
/// pub fn count_signups(days: u32) -> u32 {
///     days
/// }
/// ```
#[proc_macro_attribute]
pub fn used_for(args: TokenStream, item: TokenStream) -> TokenStream {
    use_attribute::expand_used_for(args.into(), item.into()).into()
}

/// Suppresses the named cargo-purpose lints on an item, for a stated reason:
/// `#[suppress(LINT, ..., reason = "...")]`.
///
/// One or more lint names come first, as plain identifiers such as `purpose_violation`, each
/// at most once; then `reason = "..."`, a string literal that says why the finding is
/// acceptable here, which is mandatory and cannot be empty. A trailing comma is allowed.
/// cargo-purpose then reports no finding of those lints inside the item, lists the suppression
/// and its reason in `cargo purpose inventory`, and reports the suppression itself once it no
/// longer covers any finding.
///
/// The lint names are not checked here, so that this crate does not have to change when a lint
/// is added: `cargo purpose check` reports a name it does not know, with a suggestion.
///
/// It applies to free functions, methods (inherent and of trait impls), trait method
/// declarations, impl blocks, traits, inline modules, structs, enums, constants and statics,
/// and covers the whole item. The item is left unchanged.
///
/// A module in a file of its own cannot carry it: stable Rust rejects an attribute macro on
/// `mod legacy;` ("file modules in proc macro input are unstable", rust-lang/rust#54727), and
/// an inner `#![suppress(...)]` at the top of the module's file too, since custom inner
/// attributes are unstable. Suppress on the items of that file instead, or on an inline module.
///
/// It is called `suppress` rather than `allow` because an attribute macro named `allow` would
/// clash with the built-in `#[allow(...)]` wherever `purpose::*` is glob-imported: rustc would
/// reject every `#[allow]` there as ambiguous.
///
/// ```
/// #[purpose::suppress(purpose_violation, reason = "DPO-142: users consented in 2024")]
/// pub fn legacy_export(phone: &str) -> usize {
///     phone.len()
/// }
/// ```
#[proc_macro_attribute]
pub fn suppress(args: TokenStream, item: TokenStream) -> TokenStream {
    audit::expand_suppress(args.into(), item.into()).into()
}

/// Declares that a function's return value no longer carries the purposes of its inputs, for a
/// stated reason: `#[declassify(reason = "...")]`.
///
/// Use it on a function whose result cannot be traced back to the data it was computed from,
/// such as a count or an aggregate over many users; cargo-purpose then treats the value it
/// returns as free of the purposes of its arguments. Its body is still checked: data that
/// reaches a sink inside it is reported as usual. The reason is mandatory and cannot be empty,
/// and `cargo purpose inventory` lists it for review.
///
/// It applies where `#[ad_targeting]` does: free functions, inherent methods, trait method
/// declarations with or without a default body, trait impl methods and functions declared in an
/// `extern` block, once per function. The function is left unchanged.
///
/// ```
/// #[purpose::declassify(reason = "a count of accounts identifies no one")]
/// pub fn count_with_phone(phones: &[String]) -> usize {
///     phones.iter().filter(|phone| !phone.is_empty()).count()
/// }
/// ```
#[proc_macro_attribute]
pub fn declassify(args: TokenStream, item: TokenStream) -> TokenStream {
    audit::expand_declassify(args.into(), item.into()).into()
}

/// Folds errors into one, so that a single build reports every malformed annotation rather
/// than stopping at the first.
fn combine_errors(errors: impl IntoIterator<Item = syn::Error>) -> syn::Result<()> {
    let mut errors = errors.into_iter();
    match errors.next() {
        None => Ok(()),
        Some(mut first) => {
            first.extend(errors);
            Err(first)
        }
    }
}

/// Compiles the README's example as a doc test, so that the first code a user sees stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
