//! growth-service: the login endpoints and the growth team's nightly ad audience jobs, which
//! share one binary and one account store.

mod audience;
mod campaigns;
mod gateways;
mod login;
mod normalize;

use accounts::{Account, AccountStore};
use ads_client::{AudienceClient, Partner};

use crate::gateways::{Mailer, SmsGateway};
use crate::login::LoginService;

fn main() {
    let store = seed_accounts();
    let now_secs = 1_570_000_000;

    // Security: what the phone numbers and recovery emails were collected for.
    let login = LoginService::new(SmsGateway::new("40404"), Mailer::new("verify@example.com"));
    if let Some(account) = store.find_by_handle("@ada") {
        login.send_login_code(account, login::one_time_code(account, now_secs));
        login.alert_new_login(account, "Firefox on Linux");
    }
    if let Some(account) = store.find_by_handle("grace") {
        login.send_password_reset(account, "c2VjcmV0LXRva2Vu");
    }

    // Growth: the nightly audience jobs.
    let ads = AudienceClient::new("https://ads-api.internal.example.com/v5", 4_100);
    println!("ads endpoint: {}", ads.endpoint());
    let partner = Partner {
        name: "Acme Retail".to_string(),
        customer_list: vec!["+14155550101".to_string(), "grace@example.org".to_string()],
    };

    let enrolments = campaigns::report_two_factor_enrolments(&store, &ads);
    let matches = campaigns::match_partner_customers(&store, &partner);
    let win_back = campaigns::upload_win_back_audience(&store, &ads);
    let dormant = campaigns::upload_dormant_audience(&store, &ads);
    let recoveries = campaigns::report_recoveries(&store, &ads, &[2]);
    let newsletter = campaigns::upload_newsletter_audience(&store, &ads);
    let creators = campaigns::upload_creator_interests(&store, &ads);
    let completions = campaigns::report_profile_completions(&store, &ads);

    println!(
        "conversions: {enrolments} enrolments, {recoveries} recoveries, {completions} profiles"
    );
    println!(
        "partner {}: {} of {} matched",
        matches.partner, matches.matched, matches.submitted
    );
    match win_back {
        Some(receipt) => println!("{:?}: {} accepted", receipt.audience, receipt.accepted),
        None => println!("win-back audience below minimum size"),
    }
    for receipt in [dormant, newsletter, creators] {
        println!(
            "{:?}: {} accepted, {} rejected",
            receipt.audience, receipt.accepted, receipt.rejected
        );
    }
}

/// A handful of accounts standing in for the production database.
#[rustfmt::skip]
fn seed_accounts() -> AccountStore {
    let mut store = AccountStore::new();
    let seed = [
        (1, "ada", "Ada", "+1 415 555 0101", "ada@example.net", None, 2),
        (2, "grace", "Grace H.", "(212) 555-0134", "grace@example.org", Some("grace.news@example.org"), 120),
        (3, "linus", "Linus", "+358 40 555 0199", "linus@example.fi", Some("Linus@Example.fi "), 45),
        (4, "margaret", "Margaret", "617-555-0111", "mh@example.com", None, 200),
    ];
    for (id, handle, name, phone, recovery, marketing, idle) in seed {
        store.insert(Account {
            id,
            handle: handle.to_string(),
            display_name: name.to_string(),
            two_factor_phone: phone.to_string(),
            recovery_email: recovery.to_string(),
            marketing_email: marketing.map(str::to_string),
            days_since_login: idle,
        });
    }
    store
}
