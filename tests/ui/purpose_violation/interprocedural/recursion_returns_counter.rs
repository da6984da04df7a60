//! A recursive retry loop receives the phone but returns only the attempt counter, which is uploaded:
//! the fixed point must not make the counter depend on the phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod sms {
    /// Hands the message to the carrier; the carrier API never reports failure synchronously.
    pub fn deliver(to: &str, text: &str) -> bool {
        println!("sms {to}: {text}");
        true
    }
}

pub mod ads {
    use purpose::ad_targeting;

    /// Users who needed several attempts get the "easier sign-in" campaign.
    #[ad_targeting]
    pub fn record_sign_in_friction(account_id: u64, attempts: u32) {
        println!("{account_id}: {attempts} attempts");
    }
}

fn send_with_retry(to: &str, text: &str, attempt: u32) -> u32 {
    if sms::deliver(to, text) || attempt >= 3 {
        attempt
    } else {
        send_with_retry(to, text, attempt + 1)
    }
}

pub fn send_login_code(account: &Account, code: u32) {
    let attempts = send_with_retry(&account.phone, &format!("Your code: {code:06}"), 1);
    ads::record_sign_in_friction(account.id, attempts);
}
