//! The sink lives in a private submodule and is re-exported under a new name with `pub use`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    mod tailored {
        use purpose::ad_targeting;

        #[ad_targeting]
        pub fn add_members(audience_id: u64, phones: &[&str]) {
            println!("tailored audience {audience_id}: +{}", phones.len());
        }
    }

    pub use self::tailored::add_members as add_to_tailored_audience;
}

pub mod jobs {
    use crate::{Account, ads};

    pub fn sync(account: &Account) {
        ads::add_to_tailored_audience(7, &[account.phone.as_str()]); //~ ERROR purpose_violation
    }
}
