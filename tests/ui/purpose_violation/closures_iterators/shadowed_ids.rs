//! Safe: `ids` first holds hashed phones for the fraud check, then is shadowed by user ids before the ads upload.
use purpose::{Purpose, ad_targeting};
use sha2::{Digest, Sha256};

#[derive(Purpose)]
pub struct Signup {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

mod fraud {
    pub fn flag_duplicates(hashes: &[String]) -> usize {
        let mut sorted = hashes.to_vec();
        sorted.sort();
        sorted.windows(2).filter(|w| w[0] == w[1]).count()
    }
}

#[ad_targeting]
fn upload_audience(ids: &[String]) {
    let _ = ids;
}

pub fn daily(signups: &[Signup]) {
    let ids: Vec<String> = signups.iter().map(|s| sha256_hex(&s.phone)).collect();
    let dupes = fraud::flag_duplicates(&ids);
    println!("{dupes} duplicate phones");

    let ids: Vec<String> = signups.iter().map(|s| s.user_id.to_string()).collect();
    upload_audience(&ids);
}
