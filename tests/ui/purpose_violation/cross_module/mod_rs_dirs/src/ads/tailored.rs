//! Tailored-audience uploads.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_numbers(audience_id: u64, numbers: &[&str]) {
    println!("audience {audience_id}: +{}", numbers.len());
}
