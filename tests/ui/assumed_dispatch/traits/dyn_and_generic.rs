//@ flags: -W assumed_dispatch
//! Auditors list the places where data reaches a sink only through an assumed dispatch: a trait
//! object or a generic whose implementation is not known at the call. Exact calls are not listed.
use purpose::{ad_targeting, Purpose};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

pub trait Audience {
    fn add(&self, id: &str);
}

pub struct Partners;
impl Audience for Partners {
    #[ad_targeting]
    fn add(&self, _id: &str) {}
}

pub struct Sms;
impl Audience for Sms {
    fn add(&self, _id: &str) {}
}

pub fn through_dyn(audience: &dyn Audience, account: &Account) {
    audience.add(&account.phone); //~ ERROR purpose_violation //~ WARN assumed_dispatch
}

pub fn through_generic<A: Audience>(audience: &A, account: &Account) {
    audience.add(&account.phone); //~ ERROR purpose_violation //~ WARN assumed_dispatch
}

pub fn exact(partners: &Partners, sms: &Sms, account: &Account) {
    partners.add(&account.phone); //~ ERROR purpose_violation
    sms.add(&account.phone);
}
