//! Four crates in a `crates/*` workspace: the phone from `accounts` is copied into a `crm::Contact`,
//! but `crm` sends only the contact's name to the sink in `ads-platform`: quiet.
use accounts::Account;

pub fn sync_to_crm(account: &Account) {
    let contact = crm::Contact { name: account.name.clone(), phone: account.phone.clone() };
    crm::share_contact(&contact);
    crm::support_callback(&contact);
}
