//! A `use` declaration inside the function body imports the sink under an alias for that block only.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::used_for;

    #[used_for(ad_targeting)]
    pub fn upload_contacts(contacts: &[String]) {
        println!("{} contacts", contacts.len());
    }
}

pub fn export(account: &Account) {
    let contacts = vec![account.phone.clone()];
    {
        use crate::ads::upload_contacts as send;
        send(&contacts); //~ ERROR purpose_violation
    }
}
