//! Safe: phones go into the OTP outbox static, segment names into a different static; the export reads only the latter.
use std::sync::Mutex;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Login {
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

static OTP_OUTBOX: Mutex<Vec<String>> = Mutex::new(Vec::new());
static SEGMENT_HITS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn on_login(login: &Login) {
    OTP_OUTBOX.lock().unwrap().push(login.phone.clone());
    SEGMENT_HITS.lock().unwrap().push(login.segment.clone());
}

pub fn flush_otps() {
    for phone in OTP_OUTBOX.lock().unwrap().drain(..) {
        println!("sending code to {phone}");
    }
}

#[ad_targeting]
fn upload_segments(segments: Vec<String>) {
    let _ = segments;
}

pub fn nightly_export() {
    let segments: Vec<String> = SEGMENT_HITS.lock().unwrap().drain(..).collect();
    upload_segments(segments);
}
