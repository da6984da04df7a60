//! Passing the whole account to a sink whose body reads `.phone`: the finding is at the caller's call
//! site, not inside the sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub phone: String,
}

/// Enrolls the account in the partner audience, keyed by phone number.
#[ad_targeting]
pub fn enroll_in_partner_audience(account: &Account) {
    let identifier = account.phone.trim().to_owned();
    println!("enrolling {} with a {}-digit key", account.id, identifier.len());
}

pub fn on_plan_changed(account: &Account) {
    if account.plan == "pro" {
        enroll_in_partner_audience(account); //~ ERROR purpose_violation
    }
}
