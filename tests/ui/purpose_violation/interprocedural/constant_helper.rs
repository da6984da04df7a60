//! A helper that takes the phone but ignores it and returns a constant: what reaches the sink is clean.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

/// What the ads dashboard shows instead of the real number.
fn redacted_phone(_phone: &str) -> String {
    String::from("+** *** *** ****")
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn set_contact_label(account_id: u64, label: &str) {
        println!("{account_id}: {label}");
    }
}

pub fn export_for_dashboard(account: &Account) {
    let shown = redacted_phone(&account.phone);
    ads::set_contact_label(account.id, &shown);
}
