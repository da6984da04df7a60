//! `Account::phone()` returns the security field; `Lead::phone()` has the same name but returns an
//! unannotated field, and only the lead's number is uploaded.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    id: u64,
    #[collected_for(security)]
    phone: String,
}

impl Account {
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn phone(&self) -> &str {
        &self.phone
    }
}

pub struct Lead {
    source: String,
    phone: String,
}

impl Lead {
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn phone(&self) -> &str {
        &self.phone
    }
}

#[ad_targeting]
pub fn add_prospect(source: &str, phone: &str) {
    println!("{source}: {phone}");
}

pub fn send_otp(to: &str, code: u32) {
    println!("otp {code:06} to {to}");
}

pub fn onboard(lead: &Lead, account: &Account, code: u32) {
    add_prospect(lead.source(), lead.phone());
    send_otp(account.phone(), code);
    println!("onboarded account {}", account.id());
}
