//! An async repository lookup with `.await?` returns the account; an async helper returns its trimmed 2FA number, which the lead-enrichment handler sends to the ads API.
use purpose::{Purpose, ad_targeting};
use std::collections::HashMap;

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    pub company: String,
    #[collected_for(security)]
    pub sms_2fa: String,
}

#[derive(Debug)]
pub enum AppError {
    NotFound(u64),
    Upstream(String),
}

pub struct Repo {
    rows: HashMap<u64, Account>,
}

impl Repo {
    pub async fn find(&self, id: u64) -> Result<Account, AppError> {
        self.rows.get(&id).cloned().ok_or(AppError::NotFound(id))
    }
}

pub struct EnrichmentApi;

impl EnrichmentApi {
    #[ad_targeting]
    pub async fn enrich(&self, phone: &str, company: &str) -> Result<(), String> {
        let _ = (phone, company);
        Ok(())
    }
}

async fn contact_for(repo: &Repo, id: u64) -> Result<(String, String), AppError> {
    let acct = repo.find(id).await?;
    Ok((acct.sms_2fa.trim().to_owned(), acct.company))
}

pub async fn enrich_lead(repo: &Repo, api: &EnrichmentApi, id: u64) -> Result<(), AppError> {
    let (phone, company) = contact_for(repo, id).await?;
    api.enrich(&phone, &company) //~ ERROR purpose_violation
        .await
        .map_err(AppError::Upstream)?;
    Ok(())
}
