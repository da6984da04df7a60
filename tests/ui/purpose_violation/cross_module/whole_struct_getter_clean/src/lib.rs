//! A whole `User` goes from a job in `src/jobs/nightly.rs` to a sink in `src/integrations/ads.rs`
//! whose body reads only clean fields, through getters declared in `src/domain/user.rs`; the phone
//! getter exists but is used only by the SMS module: quiet.
pub mod domain {
    pub mod user;
}
pub mod integrations;
pub mod jobs;
pub mod sms;
