//! A glob import `use crate::growth::partner_audiences::*;` brings the sink into scope.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub sms_number: String,
}

pub mod growth {
    pub mod partner_audiences {
        use purpose::ad_targeting;

        pub const DEFAULT_AUDIENCE: &str = "partner-lookalike";

        #[ad_targeting]
        pub fn match_phone_numbers(audience: &str, numbers: Vec<String>) -> usize {
            println!("{audience}: matching {}", numbers.len());
            numbers.len()
        }
    }
}

pub mod jobs {
    use crate::Account;
    use crate::growth::partner_audiences::*;

    pub fn weekly(accounts: &[Account]) -> usize {
        let mut matched = 0;
        for account in accounts {
            let numbers = vec![account.sms_number.clone()];
            matched += match_phone_numbers(DEFAULT_AUDIENCE, numbers); //~ ERROR purpose_violation
        }
        matched
    }
}
