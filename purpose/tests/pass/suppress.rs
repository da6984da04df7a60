//! `#[suppress(LINT, ..., reason = "...")]` on every item it documents, imported and by path;
//! the items run unchanged.

use purpose::{ad_targeting, suppress};

#[ad_targeting]
pub fn upload_audience(contacts: &[String]) -> usize {
    contacts.len()
}

#[suppress(
    purpose_violation,
    reason = "DPO-142: users consented to phone matching in 2024"
)]
pub fn legacy_export(phones: &[String]) -> usize {
    upload_audience(phones)
}

#[purpose::suppress(purpose_violation, reason = "written by path")]
fn by_path() -> u8 {
    1
}

#[::purpose::suppress(purpose_violation, reason = "written by absolute path")]
fn by_absolute_path() -> u8 {
    2
}

// Several lints, any identifier (the linter checks the names), a raw string, a trailing comma.
#[rustfmt::skip]
#[suppress(purpose_violation, unused_suppression, some_future_lint, reason = r#"raw "string" reason"#,)]
pub async fn several_lints() -> u8 {
    3
}

// Several suppressions on one item, each with its own reason, among other attributes.
#[suppress(purpose_violation, reason = "first")]
#[inline]
#[suppress(unknown_purpose, reason = "second")]
/// # Safety
/// Always safe; the `unsafe` is here to show the attribute accepts it.
pub unsafe fn stacked<T: Clone>(value: &T) -> T {
    value.clone()
}

#[suppress(purpose_violation, reason = "a const fn")]
pub const fn constant_function() -> u8 {
    4
}

pub struct Partner {
    pub uploaded: usize,
}

// An impl block.
#[suppress(purpose_violation, reason = "the partner contract covers every method")]
impl Partner {
    // An inherent method.
    #[suppress(purpose_violation, reason = "an inherent method")]
    pub fn upload(&mut self, phones: &[String]) {
        self.uploaded += upload_audience(phones);
    }

    #[purpose::suppress(purpose_violation, reason = "an associated function by path")]
    fn new() -> Self {
        Partner { uploaded: 0 }
    }
}

// A trait definition.
#[suppress(purpose_violation, reason = "every implementation is reviewed")]
pub trait AdNetwork {
    // A trait method declaration without a body.
    #[suppress(purpose_violation, reason = "a declaration")]
    fn send(&self, phones: &[String]) -> usize;

    // And with a default body.
    #[purpose::suppress(purpose_violation, reason = "a default body")]
    fn count(&self, phones: &[String]) -> usize {
        phones.len()
    }
}

// A trait impl block and its methods.
#[suppress(purpose_violation, reason = "a trait impl")]
impl AdNetwork for Partner {
    #[suppress(purpose_violation, reason = "a trait impl method")]
    fn send(&self, phones: &[String]) -> usize {
        self.uploaded + phones.len()
    }
}

// A trait impl method, without one on the block.
impl Clone for Partner {
    #[purpose::suppress(purpose_violation, reason = "a trait impl method by path")]
    fn clone(&self) -> Self {
        Partner {
            uploaded: self.uploaded,
        }
    }
}

// An inline module, imported and by path. (A module in a file of its own, `mod legacy;`,
// cannot carry an attribute macro on stable Rust.)
#[suppress(purpose_violation, reason = "legacy code, removed in 2.0")]
mod legacy {
    #![allow(dead_code)]

    pub fn old_upload(phones: &[String]) -> usize {
        super::upload_audience(phones)
    }
}

#[purpose::suppress(purpose_violation, unused_suppression, reason = "a module by path")]
pub mod vendored {
    #[purpose::suppress(purpose_violation, reason = "a nested module")]
    pub mod nested {
        pub const LIMIT: u8 = 5;
    }
}

#[suppress(purpose_violation, reason = "a struct")]
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    pub count: usize,
}

// With `#[derive(Purpose)]`, before or after it.
#[suppress(purpose_violation, reason = "derived after the suppression")]
#[derive(purpose::Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

#[derive(purpose::Purpose)]
#[suppress(purpose_violation, reason = "derived before the suppression")]
pub enum Contact {
    Phone(#[collected_for(security)] String),
}

#[purpose::suppress(purpose_violation, reason = "a tuple struct")]
pub struct Wrapped(pub u8);

#[suppress(purpose_violation, reason = "a unit struct")]
pub struct Marker;

#[suppress(purpose_violation, reason = "an enum")]
pub enum Destination {
    Partner,
    Internal { team: String },
}

#[suppress(purpose_violation, reason = "a constant")]
pub const BATCH: usize = 100;

#[purpose::suppress(purpose_violation, reason = "a static")]
pub static REGION: &str = "eu";

#[suppress(purpose_violation, reason = "a mutable static")]
static mut COUNTER: u32 = 0;

// Annotations produced by `macro_rules!`, where fragments can arrive in invisible groups.
macro_rules! suppressed {
    ($lint:ident, $reason:literal, $function:ident) => {
        #[purpose::suppress($lint, reason = $reason)]
        pub fn $function() -> u8 {
            6
        }
    };
}

macro_rules! suppressed_expr {
    ($lint:path, $reason:expr, $function:ident) => {
        #[purpose::suppress($lint, reason = $reason)]
        pub fn $function() -> u8 {
            7
        }
    };
}

suppressed!(purpose_violation, "generated", generated);
suppressed_expr!(
    purpose_violation,
    "generated from an expression",
    generated_expr
);

/// Polls a future that never waits, to show the `async fn` still works without a runtime.
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

fn main() {
    let phones = vec!["+44 20 7946 0000".to_owned()];
    assert_eq!(legacy_export(&phones), 1);
    assert_eq!(by_path() + by_absolute_path(), 3);
    assert_eq!(block_on(several_lints()), 3);
    // SAFETY: `stacked` has no safety requirement.
    assert_eq!(unsafe { stacked(&5) }, 5);
    assert_eq!(constant_function(), 4);
    let mut partner = Partner::new();
    partner.upload(&phones);
    assert_eq!(partner.send(&phones), 2);
    assert_eq!(partner.count(&phones), 1);
    assert_eq!(partner.clone().uploaded, 1);
    assert_eq!(legacy::old_upload(&phones), 1);
    assert_eq!(vendored::nested::LIMIT, 5);
    assert_eq!(Export { count: 1 }.clone(), Export { count: 1 });
    assert_eq!(Wrapped(8).0, 8);
    let Contact::Phone(phone) = Contact::Phone(
        Account {
            phone: "1".to_owned(),
        }
        .phone,
    );
    assert_eq!(phone, "1");
    let _ = Marker;
    for destination in [
        Destination::Partner,
        Destination::Internal {
            team: "ads".to_owned(),
        },
    ] {
        match destination {
            Destination::Partner => {}
            Destination::Internal { team } => assert_eq!(team, "ads"),
        }
    }
    assert_eq!(BATCH, 100);
    assert_eq!(REGION, "eu");
    // SAFETY: single-threaded test code.
    unsafe {
        COUNTER += 1;
        assert_eq!(*std::ptr::addr_of!(COUNTER), 1);
    }
    assert_eq!(generated() + generated_expr(), 13);
}
