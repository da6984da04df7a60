//! Two handles to one `Rc<RefCell<Vec<String>>>`: the collector pushes phones, the exporter `borrow()`s and uploads.
use std::cell::RefCell;
use std::rc::Rc;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Verification {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct Collector {
    sink: Rc<RefCell<Vec<String>>>,
}

impl Collector {
    pub fn observe(&self, v: &Verification) {
        self.sink.borrow_mut().push(v.phone.clone());
    }
}

#[ad_targeting]
fn upload_audience(members: &[String]) {
    let _ = members;
}

pub fn run(verifications: &[Verification]) {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let collector = Collector { sink: Rc::clone(&shared) };
    for v in verifications {
        collector.observe(v);
    }
    upload_audience(&shared.borrow()); //~ ERROR purpose_violation
}
