//! `#[ad_targeting]` and `#[used_for]` on free functions of every kind, which run unchanged.

use purpose::{ad_targeting, used_for};

#[ad_targeting]
pub fn upload_audience(contacts: &[String]) -> usize {
    contacts.len()
}

#[used_for(analytics)]
fn count_visits(pages: &[&str]) -> usize {
    pages.len()
}

// rustfmt would remove the trailing comma, which is allowed and tested here.
#[rustfmt::skip]
#[used_for(analytics, personalisation,)]
pub(crate) fn rank<T: Ord + Clone>(items: &[T]) -> Vec<T>
where
    T: std::fmt::Debug,
{
    let mut sorted = items.to_vec();
    sorted.sort();
    sorted
}

#[ad_targeting]
pub async fn send_to_partner(email: String) -> String {
    email
}

#[used_for(marketing)]
pub const fn campaign_size() -> u32 {
    3
}

/// # Safety
/// Always safe; the `unsafe` is here to show the attribute accepts it.
#[ad_targeting]
pub unsafe fn raw_upload(bytes: &[u8]) -> usize {
    bytes.len()
}

#[used_for(r#analytics)]
pub extern "C" fn exported_counter(value: u32) -> u32 {
    value + 1
}

#[ad_targeting]
#[used_for(analytics)]
fn both<'a>(name: &'a str) -> &'a str {
    name
}

#[used_for(personalisation)]
fn with_impl_trait(items: impl IntoIterator<Item = u8>) -> impl Iterator<Item = u8> {
    items.into_iter().map(|item| item * 2)
}

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
    assert_eq!(upload_audience(&["a".to_owned()]), 1);
    assert_eq!(count_visits(&["/", "/about"]), 2);
    assert_eq!(rank(&[3, 1, 2]), vec![1, 2, 3]);
    assert_eq!(
        block_on(send_to_partner("ada@example.com".to_owned())),
        "ada@example.com"
    );
    assert_eq!(campaign_size(), 3);
    // SAFETY: `raw_upload` has no safety requirement.
    assert_eq!(unsafe { raw_upload(b"abc") }, 3);
    assert_eq!(exported_counter(1), 2);
    assert_eq!(both("x"), "x");
    assert_eq!(with_impl_trait([1, 2]).collect::<Vec<_>>(), vec![2, 4]);
}
