//! A global audience buffer struct is filled with phones by the signup handler; its own `flush` method calls the sink.
use std::sync::Mutex;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Signup {
    pub referrer: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct AudienceBuffer {
    entries: Vec<String>,
}

impl AudienceBuffer {
    pub fn add(&mut self, entry: String) {
        self.entries.push(entry);
        if self.entries.len() >= 500 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        let batch = std::mem::take(&mut self.entries);
        upload_batch(batch); //~ ERROR purpose_violation
    }
}

#[ad_targeting]
fn upload_batch(batch: Vec<String>) {
    let _ = batch;
}

static AUDIENCE: Mutex<AudienceBuffer> = Mutex::new(AudienceBuffer { entries: Vec::new() });

pub fn on_signup(s: &Signup) {
    AUDIENCE.lock().unwrap().add(s.phone.clone());
}

pub fn shutdown() {
    AUDIENCE.lock().unwrap().flush();
}
