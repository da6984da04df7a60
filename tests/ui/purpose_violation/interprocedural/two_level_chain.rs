//! The phone goes up through two returning helpers and down through two forwarding helpers before it
//! reaches the sink; the finding is on the sink call in the innermost helper.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub mod growth {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload_batch(audience: &str, batch: Vec<String>) {
        println!("{audience}: {} members", batch.len());
    }
}

fn raw_contact(account: &Account) -> &str {
    &account.mfa_phone
}

fn cleaned_contact(account: &Account) -> String {
    raw_contact(account).replace([' ', '-', '(', ')'], "")
}

fn export_one(contact: String) {
    stage_for_partner(vec![contact]);
}

fn stage_for_partner(batch: Vec<String>) {
    growth::upload_batch("lookalike-7", batch); //~ ERROR purpose_violation
}

pub fn nightly_export(accounts: &[Account]) {
    for account in accounts.iter().filter(|a| a.plan == "free") {
        export_one(cleaned_contact(account));
    }
}
