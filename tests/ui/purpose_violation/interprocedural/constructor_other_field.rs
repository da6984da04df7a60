//! A constructor puts the phone in one field and the handle in another; only the handle is uploaded.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct OutreachPlan {
    pub audience_tag: String,
    pub otp_destination: String,
}

impl OutreachPlan {
    pub fn for_account(account: &Account) -> Self {
        Self { audience_tag: account.handle.to_lowercase(), otp_destination: account.phone.clone() }
    }
}

pub mod sms {
    pub fn send(to: &str, text: &str) {
        println!("sms {to}: {text}");
    }
}

pub mod ads {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn tag_member(tag: &str) {
        println!("tag {tag}");
    }
}

pub fn welcome(account: &Account) {
    let plan = OutreachPlan::for_account(account);
    sms::send(&plan.otp_destination, "Your account is ready.");
    ads::tag_member(&plan.audience_tag);
}
