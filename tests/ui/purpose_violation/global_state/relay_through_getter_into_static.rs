//! The function that stores the phone into a queue calls nothing that reaches the sink: it gets
//! the phone from a getter and hands it to a helper that pushes it into a static. Only the flush,
//! somewhere else entirely, reads the queue and uploads it.
use purpose::{Purpose, ad_targeting};
use std::sync::Mutex;

#[derive(Purpose)]
pub struct User {
    pub name: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload(value: String) {
    let _ = value;
}

static QUEUE: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn enqueue(value: String) {
    QUEUE.lock().unwrap().push(value);
}

fn phone_of(user: &User) -> String {
    user.phone.clone()
}

pub fn remember(user: &User) {
    enqueue(phone_of(user));
}

pub fn flush() {
    for value in QUEUE.lock().unwrap().drain(..) {
        upload(value); //~ ERROR purpose_violation
    }
}
