//! After 2FA enrollment, a fan-out over `Vec<Box<dyn AudienceSync>>` pushes a hash of the enrolled phone to every ad network.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Enrollment {
    pub user_id: u64,
    pub country: String,
    #[collected_for(security)]
    pub phone: String,
}

pub trait AudienceSync: Send + Sync {
    fn name(&self) -> &'static str;
    fn sync_member(&self, hashed_phone: &str, country: &str);
}

pub struct MetaCustomAudience {
    pub audience_id: String,
}

pub struct GoogleCustomerMatch {
    pub list: u64,
}

impl AudienceSync for MetaCustomAudience {
    fn name(&self) -> &'static str {
        "meta"
    }

    #[ad_targeting]
    fn sync_member(&self, hashed_phone: &str, country: &str) {
        let _ = (&self.audience_id, hashed_phone, country);
    }
}

impl AudienceSync for GoogleCustomerMatch {
    fn name(&self) -> &'static str {
        "google"
    }

    #[ad_targeting]
    fn sync_member(&self, hashed_phone: &str, country: &str) {
        let _ = (self.list, hashed_phone, country);
    }
}

pub struct EnrollmentFanout {
    targets: Vec<Box<dyn AudienceSync>>,
}

impl EnrollmentFanout {
    pub fn new() -> Self {
        let targets: Vec<Box<dyn AudienceSync>> = vec![
            Box::new(MetaCustomAudience { audience_id: "2fa-users".into() }),
            Box::new(GoogleCustomerMatch { list: 77 }),
        ];
        EnrollmentFanout { targets }
    }

    pub fn on_enrolled(&self, e: &Enrollment) {
        let hashed = hex::encode(Sha256::digest(e.phone.trim().as_bytes()));
        for t in &self.targets {
            tracing::debug!(target = t.name(), user = e.user_id, "syncing enrollment");
            t.sync_member(&hashed, &e.country); //~ ERROR purpose_violation
        }
    }
}
