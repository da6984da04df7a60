//! Audience uploads to the ad network.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_contact(contact: &str) {
    println!("audience contact {contact}");
}
