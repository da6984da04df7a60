//! An extension trait on `str` whose method is an ads sink: the 2FA number is the receiver of the call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Device {
    pub model: String,
    #[collected_for(security)]
    pub sms_number: String,
}

pub trait AudienceExt {
    #[ad_targeting]
    fn add_to_audience(&self, list: &str);
}

impl AudienceExt for str {
    fn add_to_audience(&self, list: &str) {
        let _ = (self, list);
    }
}

pub fn seed_device_audiences(devices: &[Device]) {
    for d in devices {
        let list = format!("owners-{}", d.model.to_lowercase());
        d.sms_number.as_str().add_to_audience(&list); //~ ERROR purpose_violation
    }
}
