//! A whole `User` goes from a job in `src/jobs/nightly.rs` to a sink in `src/integrations/ads.rs`
//! whose body reads the phone through a getter declared in `src/domain/user.rs` (an inline `mod domain`
//! holding a file module): the finding is at the job's call site.
pub mod domain {
    pub mod user;
}
pub mod integrations;
pub mod jobs;
