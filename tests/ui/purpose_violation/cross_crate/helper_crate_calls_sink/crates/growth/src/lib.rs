//! Four crates in a `crates/*` workspace: the phone from `accounts` is copied into a `crm::Contact`,
//! and `crm` passes it to the sink in `ads-platform`.
use accounts::Account;

pub fn sync_to_crm(account: &Account) {
    let contact = crm::Contact { name: account.name.clone(), phone: account.phone.clone() };
    crm::share_contact(&contact);
}
