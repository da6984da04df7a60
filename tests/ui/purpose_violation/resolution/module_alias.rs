//! A module imported under an alias (`use crate::partners::meta_ads as meta;`) and the sink called as
//! `meta::add_to_audience`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod partners {
    pub mod meta_ads {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn add_to_audience(audience: &str, phone: String) {
            println!("{audience}: {phone}");
        }
    }
}

use crate::partners::meta_ads as meta;

pub fn retarget(account: &Account) {
    let phone = account.phone.clone();
    meta::add_to_audience("cart-abandoners", phone); //~ ERROR purpose_violation
}
