//! A producer sends enum events through a channel to a consumer thread: the `Verified` variant
//! carries the phone, the `Renamed` variant only the display name. Through the channel each arm
//! of the consumer's `match` binds only what its variant was sent with.
use purpose::{Purpose, ad_targeting};
use std::sync::mpsc;

#[derive(Purpose, Clone)]
pub struct Signup {
    pub name: String,
    #[collected_for(security)]
    pub phone: String,
}

pub enum Event {
    Verified { phone: String },
    Renamed { name: String },
}

#[ad_targeting]
pub fn track(value: String) {
    let _ = value;
}

fn producer(signup: &Signup, tx: mpsc::Sender<Event>) {
    tx.send(Event::Verified { phone: signup.phone.clone() }).ok();
    tx.send(Event::Renamed { name: signup.name.clone() }).ok();
}

fn consumer(rx: mpsc::Receiver<Event>) {
    for event in rx {
        match event {
            Event::Verified { phone } => track(phone), //~ ERROR purpose_violation
            Event::Renamed { name } => track(name),
        }
    }
}

pub fn run(signup: Signup) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || producer(&signup, tx));
    consumer(rx);
}

pub fn in_one_function(signup: &Signup) {
    let (tx, rx) = mpsc::channel();
    tx.send(Event::Renamed { name: signup.name.clone() }).ok();
    tx.send(Event::Verified { phone: signup.phone.clone() }).ok();
    while let Ok(event) = rx.recv() {
        if let Event::Renamed { name } = event {
            track(name);
        }
    }
}
