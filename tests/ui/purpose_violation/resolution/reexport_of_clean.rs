//! `notify::send` is a `pub use` re-export of the unannotated SMS transport, not of the sink `ads::send`
//! that has the same name.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn send(recipient: &str, payload: &str) {
        println!("ads {recipient}: {payload}");
    }
}

pub mod transport {
    pub mod sms {
        pub fn send(recipient: &str, payload: &str) {
            println!("sms {recipient}: {payload}");
        }
    }
}

pub mod notify {
    pub use crate::transport::sms::send;
}

pub fn send_login_code(account: &Account, code: u32) {
    notify::send(&account.phone, &format!("{code:06} is your login code"));
}
