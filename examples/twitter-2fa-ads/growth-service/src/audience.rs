//! Builds Tailored Audiences out of account records.

use accounts::Account;
use ads_client::{AudienceClient, UploadReceipt};

use crate::normalize::{normalize_email, normalize_phone};

/// The platform refuses audiences smaller than this.
pub const MIN_AUDIENCE_SIZE: usize = 3;

/// Collects one matchable identifier per account, then uploads them as one audience.
#[derive(Debug)]
pub struct AudienceBuilder {
    name: String,
    identifiers: Vec<String>,
}

impl AudienceBuilder {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            identifiers: Vec::new(),
        }
    }

    /// Adds the best identifier we have for this account.
    ///
    /// The marketing address when the user opted in; otherwise the phone number, which was
    /// added so that small audiences would still reach the platform's minimum size.
    pub fn add_account(&mut self, account: &Account) -> &mut Self {
        let identifier = match &account.marketing_email {
            Some(email) => normalize_email(email),
            None => normalize_phone(&account.two_factor_phone),
        };
        if !self.identifiers.contains(&identifier) {
            self.identifiers.push(identifier);
        }
        self
    }

    pub fn len(&self) -> usize {
        self.identifiers.len()
    }

    /// Uploads the audience, or returns `None` if it is still below the minimum size.
    pub fn upload(&self, ads: &AudienceClient) -> Option<UploadReceipt> {
        if self.len() < MIN_AUDIENCE_SIZE {
            return None;
        }
        let identifiers = self.identifiers.clone();
        Some(ads.upload_tailored_audience(&self.name, identifiers)) //~ ERROR purpose_violation
    }
}
