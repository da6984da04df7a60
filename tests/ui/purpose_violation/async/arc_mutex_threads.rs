//! Worker threads push phones into an `Arc<Mutex<Vec<String>>>`; after joining, the locked Vec is uploaded.
use std::sync::{Arc, Mutex};
use std::thread;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Device {
    pub serial: String,
    #[collected_for(security)]
    pub owner_phone: String,
}

#[ad_targeting]
fn upload_audience(members: &[String]) {
    let _ = members;
}

pub fn collect(shards: Vec<Vec<Device>>) {
    let found = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for shard in shards {
        let found = Arc::clone(&found);
        workers.push(thread::spawn(move || {
            for d in shard {
                found.lock().unwrap().push(d.owner_phone);
            }
        }));
    }
    for w in workers {
        w.join().unwrap();
    }
    let members = found.lock().unwrap();
    upload_audience(&members); //~ ERROR purpose_violation
}
