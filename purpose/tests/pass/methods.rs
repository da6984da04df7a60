//! `#[ad_targeting]` and `#[used_for]` on inherent methods, trait method declarations with and
//! without a default body, and the methods of trait impls.

use purpose::{ad_targeting, used_for};

trait AdNetwork {
    #[ad_targeting]
    fn upload(&self, contacts: &[String]) -> usize;

    #[used_for(analytics)]
    fn count(&self, contacts: &[String]) -> usize {
        contacts.len()
    }

    #[ad_targeting]
    fn associated(contacts: Vec<String>) -> Vec<String>
    where
        Self: Sized;

    #[used_for(marketing, analytics)]
    async fn notify(&self, email: &str) -> usize {
        email.len()
    }
}

pub struct Partner {
    uploaded: usize,
}

impl Partner {
    #[ad_targeting]
    pub fn match_audience(&mut self, emails: &[String]) {
        self.uploaded += emails.len();
    }

    #[used_for(analytics)]
    fn new() -> Self {
        Partner { uploaded: 0 }
    }

    #[used_for(personalisation)]
    pub fn map<F: Fn(usize) -> usize>(&self, function: F) -> usize {
        function(self.uploaded)
    }
}

impl AdNetwork for Partner {
    #[ad_targeting]
    fn upload(&self, contacts: &[String]) -> usize {
        self.uploaded + contacts.len()
    }

    #[ad_targeting]
    fn associated(contacts: Vec<String>) -> Vec<String> {
        contacts
    }
}

pub trait Generic<T> {
    #[used_for(analytics)]
    fn take(&self, value: T) -> T;
}

impl<T: Clone> Generic<T> for Partner {
    #[used_for(analytics)]
    fn take(&self, value: T) -> T {
        value.clone()
    }
}

fn main() {
    let mut partner = Partner::new();
    partner.match_audience(&["a".to_owned(), "b".to_owned()]);
    assert_eq!(partner.upload(&["c".to_owned()]), 3);
    assert_eq!(partner.count(&["c".to_owned()]), 1);
    assert_eq!(
        Partner::associated(vec!["d".to_owned()]),
        vec!["d".to_owned()]
    );
    assert_eq!(partner.map(|uploaded| uploaded * 10), 20);
    assert_eq!(partner.take(5), 5);
    let _ = partner.notify("ada@example.com");
}
