//! Upload to the ads platform.
use purpose::ad_targeting;

#[ad_targeting]
pub fn upload(account_id: u64, values: &[String]) {
    println!("ads {account_id}: {}", values.len());
}
