//! Login hooks are stored as `Box<dyn Fn(&str)>` in a registry and fired later with the recovery phone; the "growth" hook forwards its argument to an ads signal.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub recovery_phone: String,
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn record_login_signal(contact: &str) {
        let _ = contact;
    }
}

type Hook = Box<dyn Fn(&str) + Send + Sync>;

#[derive(Default)]
pub struct LoginHooks {
    hooks: Vec<(String, Hook)>,
}

impl LoginHooks {
    pub fn register(&mut self, name: &str, hook: impl Fn(&str) + Send + Sync + 'static) {
        self.hooks.push((name.to_string(), Box::new(hook)));
    }

    pub fn fire(&self, contact: &str) {
        for (name, hook) in &self.hooks {
            tracing::trace!(hook = %name, "firing login hook");
            hook(contact);
        }
    }
}

pub fn install_hooks(hooks: &mut LoginHooks) {
    hooks.register("audit", |_contact| tracing::debug!("login hook fired"));
    hooks.register("growth", |contact| ads::record_login_signal(contact)); //~ ERROR purpose_violation
}

pub fn on_login(user: &User, hooks: &LoginHooks) {
    tracing::info!(user = user.id, name = %user.display_name, "login ok");
    hooks.fire(&user.recovery_phone);
}
