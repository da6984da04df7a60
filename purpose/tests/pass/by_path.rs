//! The attributes written by path, as `#[purpose::ad_targeting]`, with no `use` in scope.

#[purpose::ad_targeting]
pub fn upload_audience(contacts: &[String]) -> usize {
    contacts.len()
}

#[purpose::used_for(analytics)]
pub fn count_visits(pages: u32) -> u32 {
    pages
}

#[::purpose::used_for(analytics, marketing)]
pub fn absolute_path() {}

pub trait AdNetwork {
    #[purpose::ad_targeting]
    fn upload(&self, contacts: &[String]);
}

pub struct Partner;

impl Partner {
    #[purpose::used_for(analytics)]
    pub fn inherent(&self) -> u8 {
        1
    }
}

impl AdNetwork for Partner {
    #[purpose::ad_targeting]
    fn upload(&self, _contacts: &[String]) {}
}

#[derive(purpose::Purpose)]
pub struct User {
    #[collected_for(security)]
    pub phone: String,
}

fn main() {
    assert_eq!(upload_audience(&[]), 0);
    assert_eq!(count_visits(4), 4);
    absolute_path();
    Partner.upload(&[]);
    assert_eq!(Partner.inherent(), 1);
    let _ = User {
        phone: String::new(),
    }
    .phone;
}
