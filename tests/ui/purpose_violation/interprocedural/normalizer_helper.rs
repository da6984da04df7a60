//! A normalizer that rebuilds the number (filter, collect, format!) returns data derived from its input.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub user_id: u64,
    pub country_code: String,
    #[collected_for(security)]
    pub two_factor_phone: String,
}

/// Turns "0171 555-0199" with country code "49" into "+491715550199".
fn to_e164(raw: &str, country_code: &str) -> String {
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    let national = digits.trim_start_matches('0');
    format!("+{country_code}{national}")
}

/// Looks the number up in the ad network's identity graph.
#[ad_targeting]
pub fn submit_matched_number(user_id: u64, e164: &str) {
    println!("identity graph lookup for {user_id}: {} chars", e164.len());
}

pub fn enrich(profile: &Profile) {
    let normalized = to_e164(&profile.two_factor_phone, &profile.country_code);
    submit_matched_number(profile.user_id, &normalized); //~ ERROR purpose_violation
}
