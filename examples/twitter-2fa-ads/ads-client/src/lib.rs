//! Client for the internal ads platform.
//!
//! Two products take user identifiers (email addresses and E.164 phone numbers):
//!
//! - *Tailored Audiences*: a list of identifiers becomes an audience that advertisers can target.
//! - *Partner Audiences*: our users are matched against an advertiser's own customer list.
//!
//! Every entry point that hands identifiers to the platform is declared `#[ad_targeting]`.

use purpose::ad_targeting;

/// Identifier of an audience on the ads platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudienceId(pub String);

/// What the platform answered to an audience upload.
#[derive(Debug, Clone)]
pub struct UploadReceipt {
    pub audience: AudienceId,
    pub accepted: usize,
    pub rejected: usize,
}

/// An advertiser taking part in Partner Audiences, with the customer list it shared with us.
#[derive(Debug, Clone)]
pub struct Partner {
    pub name: String,
    pub customer_list: Vec<String>,
}

/// Result of matching our users against a partner's customer list.
#[derive(Debug, Clone)]
pub struct MatchReport {
    pub partner: String,
    pub submitted: usize,
    pub matched: usize,
}

/// HTTP client for the ads API of one advertiser account.
#[derive(Debug, Clone)]
pub struct AudienceClient {
    endpoint: String,
    advertiser_id: u64,
}

impl AudienceClient {
    pub fn new(endpoint: impl Into<String>, advertiser_id: u64) -> Self {
        Self {
            endpoint: endpoint.into(),
            advertiser_id,
        }
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Uploads identifiers as a Tailored Audience that campaigns can then target.
    ///
    /// Identifiers that are neither an email address nor an E.164 phone number are rejected.
    #[ad_targeting]
    pub fn upload_tailored_audience(&self, name: &str, identifiers: Vec<String>) -> UploadReceipt {
        let submitted = identifiers.len();
        let accepted = identifiers
            .iter()
            .filter(|identifier| is_matchable(identifier))
            .count();
        println!(
            "POST {}/advertisers/{}/audiences/{name} ({submitted} identifiers)",
            self.endpoint, self.advertiser_id
        );
        UploadReceipt {
            audience: AudienceId(format!("ta-{}-{}", self.advertiser_id, name)),
            accepted,
            rejected: submitted - accepted,
        }
    }

    /// Reports a conversion event for one user, keyed by email or phone, so that the campaign
    /// that led to it gets the credit.
    #[ad_targeting]
    pub fn send(&self, event: &str, identifier: &str) -> bool {
        if !is_matchable(identifier) {
            return false;
        }
        println!(
            "POST {}/advertisers/{}/conversions event={event}",
            self.endpoint, self.advertiser_id
        );
        true
    }
}

/// Matches our users' identifiers against a partner's customer list, so that the partner can
/// target its existing customers on our platform.
#[ad_targeting]
pub fn match_partner_audience(partner: &Partner, identifiers: &[String]) -> MatchReport {
    let matched = identifiers
        .iter()
        .filter(|identifier| partner.customer_list.contains(identifier))
        .count();
    MatchReport {
        partner: partner.name.clone(),
        submitted: identifiers.len(),
        matched,
    }
}

/// Whether the platform can match on this identifier at all.
fn is_matchable(identifier: &str) -> bool {
    identifier.contains('@') || identifier.starts_with('+')
}
