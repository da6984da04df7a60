//! The sink is reached through `pub use audiences::upload_contacts;` at the root of `ads-platform`,
//! and the source struct through `pub use model::Account;` at the root of `accounts`.
use accounts::Account;
use ads_platform::upload_contacts;

pub fn recovery_audience(accounts: &[Account]) {
    ads_platform::fire("recovery-audience-built");
    let mut contacts = Vec::new();
    for account in accounts {
        contacts.push(account.recovery_phone.clone());
    }
    upload_contacts("account-recovery-users", contacts); //~ ERROR purpose_violation
}
