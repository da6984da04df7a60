//! The loop filters on the security field but collects only display names into the uploaded Vec: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub display_name: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn upload_audience(name: &str, entries: &[String]) {
    let _ = (name, entries);
}

pub fn build_consumer_audience(members: &[Member]) {
    let mut names = Vec::new();
    for member in members {
        if !member.recovery_email.ends_with("@corp.example") {
            names.push(member.display_name.clone());
        }
    }
    upload_audience("consumers", &names);
}
