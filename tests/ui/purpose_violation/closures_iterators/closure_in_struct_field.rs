//! Signup hooks are boxed closures kept in struct fields; one registered by the marketing module is later called with the phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Signup {
    pub email_domain: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
fn track_lead(value: &str) {
    let _ = value;
}

fn audit(value: &str) {
    let _ = value;
}

pub struct Hooks {
    on_phone: Box<dyn Fn(&str) + Send>,
    on_domain: Box<dyn Fn(&str) + Send>,
    listeners: Vec<Box<dyn Fn(&str) + Send>>,
}

impl Hooks {
    pub fn new() -> Hooks {
        Hooks {
            on_phone: Box::new(|phone| audit(phone)),
            on_domain: Box::new(|domain| track_lead(domain)),
            listeners: Vec::new(),
        }
    }

    pub fn subscribe_marketing(&mut self) {
        self.listeners.push(Box::new(|value| track_lead(value))); //~ ERROR purpose_violation
    }

    pub fn fire(&self, signup: &Signup) {
        (self.on_phone)(&signup.phone);
        (self.on_domain)(&signup.email_domain);
        for listener in &self.listeners {
            listener(&signup.phone);
        }
    }
}
