//! Annotations on items that cannot carry them protect nothing, so the linter says so; a bad item in
//! a list does not lose the good ones.
use purpose::{ad_targeting, Purpose};

#[collected_for(security)] //~ ERROR malformed_annotation
#[derive(Purpose)]
pub struct Account {
    #[collected_for(security, "billing")] //~ ERROR malformed_annotation
    pub phone: String,
    #[ad_targeting] //~ ERROR malformed_annotation
    pub segment: String,
}

#[ad_targeting(partners)] //~ ERROR malformed_annotation
pub fn upload(_ids: &[String]) {}

pub fn export(account: &Account) {
    upload(&[account.phone.clone()]); //~ ERROR purpose_violation
}
