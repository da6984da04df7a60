//! The security field is bound by the pattern but only tested in the guard; the sink gets the work email: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Lead {
    pub work_email: String,
    pub sms_opt_in: bool,
    #[collected_for(security)]
    pub verified_mobile: String,
}

pub mod crm_ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn retarget(contact: &str) {
        let _ = contact;
    }
}

pub fn retarget_us_leads(leads: &[Lead]) {
    for lead in leads {
        match lead {
            Lead { verified_mobile, work_email, .. } if verified_mobile.starts_with("+1") => {
                crm_ads::retarget(work_email);
            }
            _ => {}
        }
    }
}
