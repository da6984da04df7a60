//! An annotated field of an enum variant, matched and sent, is a violation; the unannotated variant is not.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub enum RecoveryContact {
    Sms {
        #[collected_for(security)]
        number: String,
    },
    Email {
        address: String,
    },
}

pub struct AudienceApi {
    pub audience_id: u32,
}

impl AudienceApi {
    #[ad_targeting]
    pub fn add_to_audience(&self, contact: &str) {
        let _ = (self.audience_id, contact);
    }
}

pub fn sync(api: &AudienceApi, contacts: &[RecoveryContact]) {
    for contact in contacts {
        match contact {
            RecoveryContact::Sms { number } => api.add_to_audience(number), //~ ERROR purpose_violation
            RecoveryContact::Email { address } => api.add_to_audience(address),
        }
    }
}
