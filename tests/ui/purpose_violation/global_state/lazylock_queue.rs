//! A `LazyLock<Mutex<VecDeque<..>>>` work queue gets 2FA phones from the enrollment handler; the ads worker pops them.
use std::collections::VecDeque;
use std::sync::{LazyLock, Mutex};

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Enrollment {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

static PENDING: LazyLock<Mutex<VecDeque<(u64, String)>>> =
    LazyLock::new(|| Mutex::new(VecDeque::new()));

pub fn on_enrolled(e: &Enrollment) {
    PENDING.lock().unwrap().push_back((e.user_id, e.phone.clone()));
}

pub struct AudienceWorker {
    pub list_id: u32,
}

impl AudienceWorker {
    #[ad_targeting]
    fn add_member(&self, user_id: u64, contact: &str) {
        let _ = (self.list_id, user_id, contact);
    }

    pub fn tick(&self) {
        while let Some((user_id, contact)) = PENDING.lock().unwrap().pop_front() {
            self.add_member(user_id, &contact); //~ ERROR purpose_violation
        }
    }
}
