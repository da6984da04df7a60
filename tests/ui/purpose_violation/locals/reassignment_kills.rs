//! The variable first holds the 2FA mobile but is overwritten with the marketing email before the sink: quiet.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub marketing_email: String,
    #[collected_for(security)]
    pub verified_mobile: String,
}

fn audit_log(line: &str) {
    eprintln!("{line}");
}

mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn match_contact(contact: &str) {
        let _ = contact;
    }
}

pub fn nightly_export(account: &Account) {
    let mut contact = account.verified_mobile.clone();
    audit_log(&contact);
    contact = account.marketing_email.clone();
    ads::match_contact(&contact);
}
