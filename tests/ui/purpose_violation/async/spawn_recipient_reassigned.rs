//! Safe: inside a `tokio::spawn(async move { .. })` task the `recipient` variable first holds the recovery email for the reset mail, then is reassigned from a `let ... else` newsletter address before the ads call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    pub newsletter_email: Option<String>,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[derive(Clone)]
pub struct Mailer;

impl Mailer {
    pub async fn send_reset(&self, to: &str, token: &str) -> Result<(), String> {
        let _ = (to, token);
        Ok(())
    }
}

#[derive(Clone)]
pub struct NewsletterAds;

impl NewsletterAds {
    #[ad_targeting]
    pub async fn add_subscriber(&self, email: &str) -> Result<(), String> {
        let _ = email;
        Ok(())
    }
}

pub fn on_reset_requested(account: Account, token: String, mailer: Mailer, ads: NewsletterAds) {
    tokio::spawn(async move {
        let mut recipient = account.recovery_email.clone();
        mailer.send_reset(&recipient, &token).await?;

        let Some(news) = account.newsletter_email.clone() else {
            return Ok::<(), String>(());
        };
        recipient = news;
        ads.add_subscriber(&recipient).await?;
        tracing::info!(account = account.id, "reset mail sent");
        Ok(())
    });
}
