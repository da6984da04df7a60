//! A consuming builder (`AudienceRequest::builder().list(..).contact(..).build()`) carries the 2FA phone into the request that the ads API submits.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub locale: String,
    #[collected_for(security)]
    pub phone_2fa: String,
}

#[derive(Debug, Default)]
pub struct AudienceRequest {
    list: String,
    contact: Option<String>,
    locale: String,
}

#[derive(Default)]
pub struct AudienceRequestBuilder {
    inner: AudienceRequest,
}

impl AudienceRequest {
    pub fn builder() -> AudienceRequestBuilder {
        AudienceRequestBuilder::default()
    }
}

impl AudienceRequestBuilder {
    pub fn list(mut self, list: &str) -> Self {
        self.inner.list = list.to_owned();
        self
    }

    pub fn contact(mut self, contact: impl Into<String>) -> Self {
        self.inner.contact = Some(contact.into());
        self
    }

    pub fn locale(mut self, locale: &str) -> Self {
        self.inner.locale = locale.to_owned();
        self
    }

    pub fn build(self) -> AudienceRequest {
        self.inner
    }
}

pub struct AdsApi {
    token: String,
}

impl AdsApi {
    #[ad_targeting]
    pub fn submit(&self, req: AudienceRequest) -> Result<(), String> {
        let contact = req.contact.unwrap_or_default();
        tracing::debug!(list = %req.list, "submitting audience request");
        let _ = (&self.token, contact, req.locale);
        Ok(())
    }
}

pub fn after_2fa_setup(acct: &Account, api: &AdsApi) -> Result<(), String> {
    let req = AudienceRequest::builder()
        .list("security-conscious")
        .contact(acct.phone_2fa.as_str())
        .locale(&acct.locale)
        .build();
    api.submit(req)?; //~ ERROR purpose_violation
    tracing::info!(account = acct.id, "audience request sent");
    Ok(())
}
