//! Marketing emails are fine for ads, but `extend` adds recovery emails and `chain` carries them into the upload.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    #[collected_for(marketing)]
    pub newsletter_email: String,
    #[collected_for(security)]
    pub recovery_email: Option<String>,
}

#[ad_targeting]
fn upload_seed_list(emails: &[String]) {
    let _ = emails;
}

pub fn build_seed_list(customers: &[Customer], partner_emails: &[String]) {
    let mut seeds: Vec<String> = customers.iter().map(|c| c.newsletter_email.clone()).collect();
    seeds.extend(customers.iter().filter_map(|c| c.recovery_email.clone()));

    let all: Vec<String> = seeds.iter().chain(partner_emails.iter()).cloned().collect();
    upload_seed_list(&all); //~ ERROR purpose_violation
}
