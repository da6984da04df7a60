//! Reset handler -> `AccountService::on_reset` -> private `after_contact_confirmed` helper, which forwards its `email` argument to the growth client; the signup path passes a clean address through the same helper.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct ResetForm {
    pub account_id: u64,
    pub new_password: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct SignupForm {
    pub account_id: u64,
    pub newsletter_email: String,
}

pub struct Growth {
    pub list: String,
}

impl Growth {
    #[ad_targeting]
    pub fn enqueue_winback(&self, email: &str, account_id: u64) {
        let _ = (&self.list, email, account_id);
    }
}

pub struct Mailer;

impl Mailer {
    pub fn send(&self, to: &str, subject: &str) {
        let _ = (to, subject);
    }
}

pub struct AccountService {
    growth: Growth,
    mailer: Mailer,
}

impl AccountService {
    pub fn on_reset(&self, form: &ResetForm) -> Result<(), String> {
        self.mailer.send(&form.recovery_email, "Your password was changed");
        self.after_contact_confirmed(form.account_id, &form.recovery_email);
        Ok(())
    }

    pub fn on_signup(&self, form: &SignupForm) {
        self.after_contact_confirmed(form.account_id, &form.newsletter_email);
    }

    fn after_contact_confirmed(&self, account_id: u64, email: &str) {
        tracing::info!(account_id, "contact confirmed");
        self.growth.enqueue_winback(email, account_id); //~ ERROR purpose_violation
    }
}

pub fn reset_handler(svc: &AccountService, form: ResetForm) -> Result<(), String> {
    if form.new_password.chars().count() < 12 {
        return Err("password too short".into());
    }
    svc.on_reset(&form)
}
