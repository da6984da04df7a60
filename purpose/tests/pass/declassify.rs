//! `#[declassify(reason = "...")]` on every kind of function and method, imported and by
//! path; the functions run unchanged.

use purpose::{Purpose, declassify};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

#[declassify(reason = "a count of accounts identifies no one")]
pub fn count_with_phone(accounts: &[Account]) -> usize {
    accounts
        .iter()
        .filter(|account| !account.phone.is_empty())
        .count()
}

#[purpose::declassify(reason = "written by path")]
fn by_path(value: u8) -> u8 {
    value
}

#[::purpose::declassify(reason = r#"a raw string with "quotes""#)]
fn by_absolute_path(value: u8) -> u8 {
    value
}

// A trailing comma is allowed; rustfmt would remove it.
#[rustfmt::skip]
#[declassify(reason = "generic, with a trailing comma",)]
pub(crate) fn generic<T: Into<u64>>(values: Vec<T>) -> u64
where
    T: Copy,
{
    values.into_iter().map(Into::into).sum()
}

#[declassify(reason = "an async function")]
pub async fn average(values: Vec<u32>) -> u32 {
    values.iter().sum::<u32>() / values.len().max(1) as u32
}

#[declassify(reason = "a const function")]
pub const fn bucket(age: u8) -> u8 {
    age / 10 * 10
}

/// # Safety
/// Always safe; the `unsafe` is here to show the attribute accepts it.
#[declassify(reason = "an unsafe function")]
pub unsafe fn raw_len(bytes: &[u8]) -> usize {
    bytes.len()
}

#[declassify(reason = "an extern \"C\" function")]
pub extern "C" fn exported_count(value: u32) -> u32 {
    value.count_ones()
}

// Together with other annotations on the same function.
#[inline]
#[purpose::used_for(analytics)]
#[declassify(reason = "the histogram has at least 50 accounts per bucket")]
fn histogram(ages: &[u8]) -> [usize; 10] {
    let mut buckets = [0; 10];
    for age in ages {
        buckets[usize::from(*age / 10).min(9)] += 1;
    }
    buckets
}

pub struct Stats {
    pub total: usize,
}

impl Stats {
    // An inherent method and an associated function.
    #[declassify(reason = "an inherent method")]
    pub fn total(&self) -> usize {
        self.total
    }

    #[purpose::declassify(reason = "an associated function by path")]
    fn from_accounts(accounts: &[Account]) -> Self {
        Stats {
            total: accounts.len(),
        }
    }
}

pub trait Aggregate {
    // A trait method declaration without a body.
    #[declassify(reason = "implementations return counts only")]
    fn count(&self) -> usize;

    // And with a default body.
    #[purpose::declassify(reason = "a default body")]
    fn is_empty(&self) -> bool {
        self.count() == 0
    }
}

impl Aggregate for Stats {
    // A trait impl method.
    #[declassify(reason = "a trait impl method")]
    fn count(&self) -> usize {
        self.total
    }
}

unsafe extern "C" {
    // A function declared in an `extern` block.
    #[declassify(reason = "the absolute value of a count")]
    pub safe fn abs(value: i32) -> i32;
}

// Produced by `macro_rules!`, where fragments can arrive in invisible groups.
macro_rules! declassified {
    ($reason:literal, $function:ident) => {
        #[purpose::declassify(reason = $reason)]
        pub fn $function() -> u8 {
            1
        }
    };
}

macro_rules! declassified_expr {
    ($reason:expr, $function:ident) => {
        #[purpose::declassify(reason = $reason)]
        pub fn $function() -> u8 {
            2
        }
    };
}

declassified!("generated", generated);
declassified_expr!("generated from an expression", generated_expr);

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
    let accounts = vec![
        Account {
            phone: "+44 20 7946 0000".to_owned(),
        },
        Account {
            phone: String::new(),
        },
    ];
    assert_eq!(count_with_phone(&accounts), 1);
    assert_eq!(by_path(1) + by_absolute_path(2), 3);
    assert_eq!(generic(vec![1_u8, 2, 3]), 6);
    assert_eq!(block_on(average(vec![2, 4])), 3);
    assert_eq!(bucket(37), 30);
    // SAFETY: `raw_len` has no safety requirement.
    assert_eq!(unsafe { raw_len(b"abc") }, 3);
    assert_eq!(exported_count(7), 3);
    assert_eq!(histogram(&[5, 15, 17])[1], 2);
    let stats = Stats::from_accounts(&accounts);
    assert_eq!(stats.total(), 2);
    assert_eq!(stats.count(), 2);
    assert!(!stats.is_empty());
    assert_eq!(abs(-3), 3);
    assert_eq!(generated() + generated_expr(), 3);
}
