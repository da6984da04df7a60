//! A `static OUTBOX: Mutex<VecDeque<Outgoing>>` holds OTP and promo messages; the challenge handler queues a promo addressed to the MFA phone, and the flusher's promo arm sends it.
use purpose::{Purpose, ad_targeting};
use std::collections::VecDeque;
use std::sync::Mutex;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub marketing_opt_in: bool,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub enum Outgoing {
    Otp { to: String, code: String },
    Promo { to: String, template: &'static str },
}

static OUTBOX: Mutex<VecDeque<Outgoing>> = Mutex::new(VecDeque::new());

pub fn start_challenge(acct: &Account, code: String) {
    let mut q = OUTBOX.lock().unwrap();
    q.push_back(Outgoing::Otp { to: acct.mfa_phone.clone(), code });
    if acct.marketing_opt_in {
        q.push_back(Outgoing::Promo { to: acct.mfa_phone.clone(), template: "upgrade_offer" });
    }
}

pub struct SmsGateway;

impl SmsGateway {
    pub fn send_code(&self, to: &str, code: &str) {
        let _ = (to, code);
    }
}

pub struct PromoSender;

impl PromoSender {
    #[ad_targeting]
    pub fn send_promo(&self, to: &str, template: &str) {
        let _ = (to, template);
    }
}

pub fn flush_outbox(sms: &SmsGateway, promos: &PromoSender) {
    let drained: Vec<Outgoing> = OUTBOX.lock().unwrap().drain(..).collect();
    for msg in drained {
        match msg {
            Outgoing::Otp { to, code } => sms.send_code(&to, &code),
            Outgoing::Promo { to, template } => promos.send_promo(&to, template), //~ ERROR purpose_violation
        }
    }
}
