//! `Lead.phone` has the same name as the security field `Account.phone` but is not annotated: leads
//! gave their number on a marketing form, and uploading it is allowed.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct Lead {
    pub campaign: String,
    pub phone: String,
}

pub struct ContactForm {
    pub campaign: String,
    pub phone_number: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn add_lead(campaign: &str, phone: &str) {
        println!("{campaign}: lead {phone}");
    }
}

pub mod sms {
    pub fn send_code(to: &str, code: u32) {
        println!("sms {to}: {code:06}");
    }
}

pub fn lead_from_form(form: &ContactForm) -> Lead {
    Lead { campaign: form.campaign.clone(), phone: form.phone_number.clone() }
}

pub fn handle_form(form: &ContactForm, account: &Account, code: u32) {
    let lead = lead_from_form(form);
    ads::add_lead(&lead.campaign, &lead.phone);
    sms::send_code(&account.phone, code);
}
