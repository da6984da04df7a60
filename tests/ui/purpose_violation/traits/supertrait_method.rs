//! A method of a supertrait called through a bound or a trait object of the subtrait
//! (`E: Exporter` where `trait Exporter: Sink`) may run every impl of the supertrait.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub phone: String,
}

pub trait Sink {
    fn push(&self, id: String);
}

pub trait Exporter: Sink {
    fn name(&self) -> String;
}

pub struct Ads;
impl Sink for Ads {
    #[ad_targeting]
    fn push(&self, id: String) {
        let _ = id;
    }
}
impl Exporter for Ads {
    fn name(&self) -> String {
        String::new()
    }
}

pub fn export<E: Exporter>(exporter: &E, user: &User) {
    exporter.push(user.phone.clone()); //~ ERROR purpose_violation
}

pub fn export_dyn(exporter: &dyn Exporter, user: &User) {
    exporter.push(user.phone.clone()); //~ ERROR purpose_violation
}
