//! Two parallel Vecs, ids and 2FA phones, are `zip`ped into "id,phone" rows for an ads match upload.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Enrollment {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
fn upload_match_rows(rows: Vec<String>) {
    let _ = rows;
}

pub fn weekly_match(enrollments: &[Enrollment]) {
    let ids: Vec<u64> = enrollments.iter().map(|e| e.user_id).collect();
    let phones: Vec<&str> = enrollments.iter().map(|e| e.phone.as_str()).collect();

    let rows = ids
        .iter()
        .zip(phones.iter())
        .map(|(id, phone)| format!("{id},{phone}"))
        .collect::<Vec<_>>();
    upload_match_rows(rows); //~ ERROR purpose_violation
}
