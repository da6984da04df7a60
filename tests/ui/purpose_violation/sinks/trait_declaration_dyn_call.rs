//! Calling an annotated trait method through `Box<dyn Trait>` is a sink call whatever the implementation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub trait AudienceSink {
    #[ad_targeting]
    fn push_contact(&self, contact: &str);
}

pub struct MetaAudiences;
pub struct GoogleCustomerMatch;

impl AudienceSink for MetaAudiences {
    fn push_contact(&self, contact: &str) {
        let _ = contact;
    }
}

impl AudienceSink for GoogleCustomerMatch {
    fn push_contact(&self, contact: &str) {
        let _ = contact;
    }
}

pub fn fan_out(sinks: &[Box<dyn AudienceSink>], member: &Member) {
    for sink in sinks {
        sink.push_contact(&member.recovery_email); //~ ERROR purpose_violation
    }
}
