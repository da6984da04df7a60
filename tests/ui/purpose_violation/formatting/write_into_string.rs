//! `writeln!` into a String buffer appends the security field; uploading the buffer is a violation.
use purpose::{Purpose, ad_targeting};
use std::fmt::Write;

#[derive(Purpose)]
pub struct Subscriber {
    pub id: u64,
    pub country: String,
    #[collected_for(security)]
    pub sms_number: String,
}

pub struct AudienceUploader;

impl AudienceUploader {
    #[ad_targeting]
    pub fn upload_file(&self, name: &str, contents: &str) {
        let _ = (name, contents);
    }
}

pub fn upload_sms_audience(uploader: &AudienceUploader, subscribers: &[Subscriber]) {
    let mut csv = String::from("id,country,phone\n");
    for s in subscribers {
        let _ = writeln!(csv, "{},{},{}", s.id, s.country, s.sms_number);
    }
    uploader.upload_file("sms-audience.csv", &csv); //~ ERROR purpose_violation
}
