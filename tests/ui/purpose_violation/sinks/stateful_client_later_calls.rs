//! An audience, behind a trait whose method is the sink, batches what it is given in its own
//! state. The phone enters the sink at the first call; the later call on the same audience passes
//! only the handle and is not reported again because the batch already holds the phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

pub trait Audience {
    #[ad_targeting]
    fn add(&mut self, key: String);
}

#[derive(Default)]
pub struct Partner {
    batch: Vec<String>,
}

impl Audience for Partner {
    fn add(&mut self, key: String) {
        self.batch.push(key);
    }
}

pub fn export<A: Audience>(users: &[User], audience: &mut A) {
    for user in users {
        audience.add(user.phone.clone()); //~ ERROR purpose_violation
        audience.add(user.handle.clone());
    }
}

pub fn nightly(users: &[User]) {
    let mut partner = Partner::default();
    export(users, &mut partner);
}
