//! The sink is imported as `ads_upload` and an unannotated warehouse function is imported as `upload`;
//! the phone goes to `upload`, the sink gets only the segment name.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub segment: String,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload(rows: &[String]) {
        println!("ads: {} rows", rows.len());
    }
}

pub mod warehouse {
    /// Writes rows to the access-controlled security warehouse.
    pub fn upload(rows: &[String]) {
        println!("warehouse: {} rows", rows.len());
    }
}

pub mod export {
    use crate::Account;
    use crate::ads::upload as ads_upload;
    use crate::warehouse::upload;

    pub fn run(account: &Account) {
        upload(&[account.phone.clone()]);
        ads_upload(&[account.segment.clone()]);
    }
}
