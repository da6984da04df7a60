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
//!   struct, an enum, a constant, a static, a module, a `use` declaration or an impl block.

use proc_macro::TokenStream;

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
