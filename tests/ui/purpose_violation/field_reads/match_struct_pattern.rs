//! A `match` arm binding the security field and sending it is a violation; the other arm sends a plain field.
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

pub fn retarget_lead(lead: &Lead) {
    match lead {
        Lead { sms_opt_in: true, verified_mobile, .. } => {
            crm_ads::retarget(verified_mobile); //~ ERROR purpose_violation
        }
        Lead { work_email, .. } => {
            crm_ads::retarget(work_email);
        }
    }
}
