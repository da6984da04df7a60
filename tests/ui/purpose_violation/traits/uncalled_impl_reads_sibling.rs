//! Safe: an uncalled impl of a trait-declared sink reads only non-security fields; the fraud check (not a sink) reads the email.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct SignupEvent {
    pub user_id: u64,
    pub utm_source: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub trait EventEnricher {
    #[ad_targeting]
    fn enrich(&self, event: &SignupEvent) -> Vec<(String, String)>;
}

pub trait FraudCheck {
    fn score(&self, event: &SignupEvent) -> u8;
}

pub struct CriteoBridge {
    pub partner_id: String,
}

pub struct DisposableDomainCheck;

impl EventEnricher for CriteoBridge {
    fn enrich(&self, event: &SignupEvent) -> Vec<(String, String)> {
        vec![
            ("partner".to_string(), self.partner_id.clone()),
            ("source".to_string(), event.utm_source.clone()),
            ("uid".to_string(), event.user_id.to_string()),
        ]
    }
}

impl FraudCheck for DisposableDomainCheck {
    fn score(&self, event: &SignupEvent) -> u8 {
        if event.recovery_email.ends_with("@mailinator.com") { 90 } else { 5 }
    }
}
