//! The sink is imported under another name (`use ... as push_contacts`) and called by that name.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub id: u64,
    pub tier: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

pub mod marketing {
    pub mod audiences {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn upload_customer_list(list: &str, phones: &[String]) {
            println!("{list}: {} phones", phones.len());
        }
    }
}

use crate::marketing::audiences::upload_customer_list as push_contacts;

pub fn export_vip(customer: &Customer) {
    if customer.tier == "vip" {
        push_contacts("vip", &[customer.otp_phone.clone()]); //~ ERROR purpose_violation
    }
}
