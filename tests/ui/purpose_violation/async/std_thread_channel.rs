//! A producer thread sends 2FA phones over a `std::sync::mpsc` channel; the consumer loop uploads what it receives.
use std::sync::mpsc;
use std::thread;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Enrollment {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
fn add_to_audience(contact: &str) {
    let _ = contact;
}

pub fn pump(enrollments: Vec<Enrollment>) {
    let (tx, rx) = mpsc::channel::<String>();

    let producer = thread::spawn(move || {
        for e in enrollments {
            if tx.send(e.phone).is_err() {
                break;
            }
        }
    });

    while let Ok(phone) = rx.recv() {
        add_to_audience(&phone); //~ ERROR purpose_violation
    }
    producer.join().expect("producer panicked");
}
