//! A `thread_local!` cell remembers the last verified phone; a later pixel call on the same thread reads it back.
use std::cell::RefCell;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Challenge {
    pub session: String,
    #[collected_for(security)]
    pub phone: String,
}

thread_local! {
    static LAST_VERIFIED: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub fn on_code_accepted(c: &Challenge) {
    LAST_VERIFIED.with(|cell| *cell.borrow_mut() = Some(c.phone.clone()));
}

#[ad_targeting]
fn fire_pixel(event: &str, user_data: Option<String>) {
    let _ = (event, user_data);
}

pub fn on_purchase() {
    let user_data = LAST_VERIFIED.with(|cell| cell.borrow().clone());
    fire_pixel("Purchase", user_data); //~ ERROR purpose_violation
}
