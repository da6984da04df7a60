//! A non-sink `macro_rules!` helper formats the phone into a URI; the sink call that receives it is the finding.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub list: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

macro_rules! tel_uri {
    ($number:expr) => {
        format!("tel:{}", $number.replace(' ', ""))
    };
}

pub struct AudienceApi;

impl AudienceApi {
    #[ad_targeting]
    pub fn add(&self, list: &str, uri: &str) {
        let _ = (list, uri);
    }
}

pub fn sync(subs: &[Subscriber], api: &AudienceApi) {
    for s in subs {
        api.add(&s.list, &tel_uri!(s.mfa_phone)); //~ ERROR purpose_violation
    }
}
