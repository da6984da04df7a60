//! The sink is re-exported twice (a glob `pub use` in the SDK, a named `pub use` in a prelude) and
//! imported by the caller with a glob of the prelude.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod sdk {
    pub mod v2 {
        pub mod audiences {
            use purpose::ad_targeting;

            #[ad_targeting]
            pub fn ingest(records: &[String]) {
                println!("ingesting {}", records.len());
            }
        }
    }

    pub use self::v2::audiences::*;
}

pub mod prelude {
    pub use crate::sdk::ingest;
}

pub mod growth {
    use crate::prelude::*;

    pub fn upload(account: &crate::Account) {
        let record = format!("{},{}", account.id, account.phone);
        ingest(&[record]); //~ ERROR purpose_violation
    }
}
