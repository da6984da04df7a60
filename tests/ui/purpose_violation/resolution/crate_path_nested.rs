//! A fully qualified `crate::` path into three levels of nested inline modules names the sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod marketing {
    pub mod audiences {
        pub mod tailored {
            #[purpose::ad_targeting]
            pub fn upload(phones: Vec<String>) {
                println!("tailored upload of {}", phones.len());
            }
        }
    }
}

pub mod platform {
    pub mod jobs {
        pub fn export(accounts: &[crate::Account]) {
            let mut phones = Vec::with_capacity(accounts.len());
            for account in accounts {
                phones.push(account.phone.clone());
            }
            crate::marketing::audiences::tailored::upload(phones); //~ ERROR purpose_violation
        }
    }
}
