//! Ads client.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_to_segment(segment: &str, member: u64) {
    println!("{segment} <- {member}");
}

#[ad_targeting]
pub fn add_phone(phone: &str) {
    println!("phone audience <- {phone}");
}
