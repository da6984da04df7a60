//! An impl of a trait-declared sink that nothing in the workspace calls (the ads framework does) reads the recovery email.
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

pub struct CriteoBridge {
    pub partner_id: String,
}

impl EventEnricher for CriteoBridge {
    fn enrich(&self, event: &SignupEvent) -> Vec<(String, String)> {
        let email = event.recovery_email.trim().to_lowercase(); //~ ERROR purpose_violation
        vec![
            ("partner".to_string(), self.partner_id.clone()),
            ("source".to_string(), event.utm_source.clone()),
            ("em".to_string(), email),
        ]
    }
}

pub fn register() -> Box<dyn EventEnricher> {
    Box::new(CriteoBridge { partner_id: "p-118".to_string() })
}
