//! Safe: the promo target is `marketing_email.as_deref().or(login_email).unwrap_or_default()`; the annotated `Option` recovery email only goes to the reset mailer.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub id: u64,
    pub login_email: Option<String>,
    pub marketing_email: Option<String>,
    #[collected_for(security)]
    pub recovery_email: Option<String>,
}

pub struct ResetMailer;

impl ResetMailer {
    pub fn send(&self, to: &str, token: &str) {
        let _ = (to, token);
    }
}

pub struct PromoAudience;

impl PromoAudience {
    #[ad_targeting]
    pub fn add(&self, member_id: u64, email: &str) {
        let _ = (member_id, email);
    }
}

pub fn handle_member(m: &Member, token: &str, mailer: &ResetMailer, promo: &PromoAudience) {
    if let Some(recovery) = m.recovery_email.as_deref() {
        mailer.send(recovery, token);
    }

    let target: &str = m
        .marketing_email
        .as_deref()
        .or(m.login_email.as_deref())
        .unwrap_or_default();
    if !target.is_empty() {
        promo.add(m.id, target);
    }
}
