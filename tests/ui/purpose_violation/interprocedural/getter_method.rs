//! A getter method `fn recovery_phone(&self) -> &str { &self.recovery_phone }` returns tainted data.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    id: u64,
    locale: String,
    #[collected_for(security)]
    recovery_phone: String,
}

impl Account {
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn recovery_phone(&self) -> &str {
        &self.recovery_phone
    }
}

/// Sends one customer record to the customer-match endpoint of the ad network.
#[ad_targeting]
pub fn match_customer(customer_id: u64, phone: &str, locale: &str) {
    println!("customer match {customer_id} [{locale}] {} digits", phone.len());
}

pub fn sync_account(account: &Account) {
    let phone = account.recovery_phone().to_owned();
    match_customer(account.id(), &phone, account.locale()); //~ ERROR purpose_violation
}
