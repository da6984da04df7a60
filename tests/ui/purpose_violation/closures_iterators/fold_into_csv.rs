//! `fold` accumulates recovery emails into one CSV string that is posted to the audience endpoint.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub id: u64,
    pub tier: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[ad_targeting]
pub fn post_audience_csv(list_id: u32, csv: &str) {
    let _ = (list_id, csv);
}

pub fn export_gold_members(members: &[Member]) {
    let csv = members
        .iter()
        .filter(|m| m.tier == "gold")
        .fold(String::from("id,email\n"), |mut acc, m| {
            acc.push_str(&format!("{},{}\n", m.id, m.recovery_email));
            acc
        });
    post_audience_csv(4411, &csv); //~ ERROR purpose_violation
}
