//! Safe: signup pushes the OTP phone into a `thread_local!` queue drained by the SMS sender, and the plan into a `static Mutex<Vec<String>>` that feeds the ads plan-mix report.
use purpose::{Purpose, ad_targeting};
use std::cell::RefCell;
use std::sync::Mutex;

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

thread_local! {
    static PENDING_OTP: RefCell<Vec<(u64, String)>> = const { RefCell::new(Vec::new()) };
}

static SIGNUP_PLANS: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub fn on_signup(u: &User) {
    PENDING_OTP.with(|p| p.borrow_mut().push((u.id, u.otp_phone.clone())));
    SIGNUP_PLANS.lock().unwrap().push(u.plan.clone());
}

pub struct Sms;

impl Sms {
    pub fn send_code(&self, to: &str, user_id: u64) {
        let _ = (to, user_id);
    }
}

pub struct AdsReport;

impl AdsReport {
    #[ad_targeting]
    pub fn plan_mix(&self, plans: &[String]) {
        let _ = plans;
    }
}

pub fn flush_otps(sms: &Sms) {
    let items = PENDING_OTP.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for (user_id, phone) in items {
        sms.send_code(&phone, user_id);
    }
}

pub fn hourly_plan_report(ads: &AdsReport) {
    let plans = std::mem::take(&mut *SIGNUP_PLANS.lock().unwrap());
    ads.plan_mix(&plans);
}
