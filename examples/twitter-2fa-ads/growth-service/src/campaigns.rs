//! The growth team's nightly ad audience jobs.

use accounts::{AccountId, AccountStore};
use ads_client::{match_partner_audience, AudienceClient, MatchReport, Partner, UploadReceipt};

use crate::audience::AudienceBuilder;
use crate::normalize::{normalize_email, normalize_phone};

/// Accounts idle for this many days go into the win-back audience.
const WIN_BACK_AFTER_DAYS: u32 = 30;

/// Accounts idle for this many days count as dormant.
const DORMANT_AFTER_DAYS: u32 = 90;

/// Credits the "Secure your account" promoted tweet with every two-factor enrolment.
pub fn report_two_factor_enrolments(store: &AccountStore, ads: &AudienceClient) -> usize {
    let mut reported = 0;
    for account in store.iter() {
        let sent = ads.send("2fa_enrolled", &account.two_factor_phone); //~ ERROR purpose_violation
        if sent {
            reported += 1;
        }
    }
    reported
}

/// Matches our users against a partner's customer list (Partner Audiences).
///
/// Phone numbers are the identifier with the best match rate, so every account contributes
/// its normalised phone number.
pub fn match_partner_customers(store: &AccountStore, partner: &Partner) -> MatchReport {
    let mut identifiers = Vec::with_capacity(store.len());
    for account in store.iter() {
        identifiers.push(normalize_phone(&account.two_factor_phone));
    }
    match_partner_audience(partner, &identifiers) //~ ERROR purpose_violation
}

/// Win-back audience: accounts that stopped logging in, one identifier each.
pub fn upload_win_back_audience(
    store: &AccountStore,
    ads: &AudienceClient,
) -> Option<UploadReceipt> {
    let mut builder = AudienceBuilder::new("win-back");
    for account in store.iter() {
        if account.days_since_login >= WIN_BACK_AFTER_DAYS {
            builder.add_account(account);
        }
    }
    builder.upload(ads)
}

/// Re-engagement audience: dormant accounts, reachable on every channel we know of.
pub fn upload_dormant_audience(store: &AccountStore, ads: &AudienceClient) -> UploadReceipt {
    let mut identifiers = Vec::new();
    for account in store.iter() {
        if account.days_since_login >= DORMANT_AFTER_DAYS {
            identifiers.extend(account.contact_points());
        }
    }
    ads.upload_tailored_audience("dormant-users", identifiers) //~ ERROR purpose_violation x2
}

/// Credits the account-recovery campaign with every account recovered through it.
pub fn report_recoveries(
    store: &AccountStore,
    ads: &AudienceClient,
    recovered: &[AccountId],
) -> usize {
    let mut reported = 0;
    for id in recovered {
        let Some(account) = store.get(*id) else {
            continue;
        };
        let sent = ads.send("recovered", account.recovery_contact()); //~ ERROR purpose_violation
        if sent {
            reported += 1;
        }
    }
    reported
}

/// Newsletter audience: the marketing addresses users opted into ads with.
pub fn upload_newsletter_audience(store: &AccountStore, ads: &AudienceClient) -> UploadReceipt {
    let emails: Vec<String> = store
        .opted_in_marketing_emails()
        .iter()
        .map(|email| normalize_email(email))
        .collect();
    ads.upload_tailored_audience("newsletter-subscribers", emails)
}

/// Creator-interest audience: public display names, which advertisers use as interest keywords.
pub fn upload_creator_interests(store: &AccountStore, ads: &AudienceClient) -> UploadReceipt {
    let names: Vec<String> = store.iter().map(|a| a.display_name.clone()).collect();
    ads.upload_tailored_audience("creator-interests", names)
}

/// Credits the onboarding campaign with completed profiles, keyed by the opted-in address.
pub fn report_profile_completions(store: &AccountStore, ads: &AudienceClient) -> usize {
    let mut reported = 0;
    for account in store.iter() {
        if let Some(email) = &account.marketing_email {
            if ads.send("profile_completed", &normalize_email(email)) {
                reported += 1;
            }
        }
    }
    reported
}
