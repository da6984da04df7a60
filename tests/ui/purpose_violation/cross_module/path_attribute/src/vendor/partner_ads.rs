//! Vendored client of the partner ads API.
use purpose::ad_targeting;

#[ad_targeting]
pub fn add_phone(list: &str, phone: &str) {
    println!("{list} <- {phone}");
}
