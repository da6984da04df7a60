//! Crate B of three: the ads platform client (the sink).
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload_audience(name: &str, phones: &[String]) {
    println!("{name}: {} phones", phones.len());
}
