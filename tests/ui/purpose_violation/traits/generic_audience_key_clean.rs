//! Safe: generic `sync_audience<T: Audience>` sends `audience_key()`, which `Account` builds from its newsletter email; the recovery email only flows through `Verifiable` to the mailer.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub newsletter_email: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub struct Lead {
    pub email: String,
}

pub trait Audience {
    fn audience_key(&self) -> String;
}

pub trait Verifiable {
    fn verification_address(&self) -> &str;
}

impl Audience for Account {
    fn audience_key(&self) -> String {
        self.newsletter_email.trim().to_lowercase()
    }
}

impl Audience for Lead {
    fn audience_key(&self) -> String {
        self.email.to_lowercase()
    }
}

impl Verifiable for Account {
    fn verification_address(&self) -> &str {
        &self.recovery_email
    }
}

pub struct AdsClient;

impl AdsClient {
    #[ad_targeting]
    pub fn add_subscriber(&self, key: &str) {
        let _ = key;
    }
}

pub struct Mailer;

impl Mailer {
    pub fn send(&self, to: &str, subject: &str) {
        let _ = (to, subject);
    }
}

pub fn sync_audience<T: Audience>(items: &[T], client: &AdsClient) {
    for item in items {
        client.add_subscriber(&item.audience_key());
    }
}

pub fn send_verification<V: Verifiable>(v: &V, mailer: &Mailer) {
    mailer.send(v.verification_address(), "Confirm your recovery address");
}

pub fn weekly(accounts: &[Account], leads: &[Lead], client: &AdsClient, mailer: &Mailer) {
    for a in accounts {
        send_verification(a, mailer);
    }
    sync_audience(accounts, client);
    sync_audience(leads, client);
}
