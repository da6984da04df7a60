//! A helper pushes phones into a `&mut Vec` the caller owns; the caller then uploads the vector.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub opted_in: bool,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload_contacts(contacts: &[String]) {
        println!("uploading {} contacts", contacts.len());
    }
}

fn collect_contacts(accounts: &[Account], out: &mut Vec<String>) {
    for account in accounts {
        if account.opted_in {
            out.push(account.phone.clone());
        }
    }
}

pub fn build_and_upload(accounts: &[Account]) {
    let mut contacts = Vec::new();
    collect_contacts(accounts, &mut contacts);
    ads::upload_contacts(&contacts); //~ ERROR purpose_violation
}
