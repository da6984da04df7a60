//! Passing the whole account to a sink that reads only clean fields is allowed.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    pub country: String,
    #[collected_for(security)]
    pub phone: String,
}

/// Enrolls the account in a plan-and-country interest segment.
#[ad_targeting]
pub fn enroll_in_interest_segment(account: &Account) {
    let segment = format!("{}-{}", account.plan, account.country.to_lowercase());
    println!("enrolling {} in {segment}", account.id);
}

pub fn on_plan_changed(account: &Account) {
    if account.plan == "pro" {
        enroll_in_interest_segment(account);
    }
}
