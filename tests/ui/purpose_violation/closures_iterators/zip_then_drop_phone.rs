//! Safe: handles `zip`ped with phones go to verification, then a `map` that destructures the pair keeps only the handle for ads.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

mod verify {
    pub fn check_numbers(rows: &[(String, String)]) -> usize {
        rows.iter().filter(|(_, p)| p.starts_with('+')).count()
    }
}

#[ad_targeting]
fn upload_handles(handles: &[String]) {
    let _ = handles;
}

pub fn reconcile(users: &[User]) {
    let rows: Vec<(String, String)> = users
        .iter()
        .map(|u| u.handle.clone())
        .zip(users.iter().map(|u| u.phone.clone()))
        .collect();
    let valid = verify::check_numbers(&rows);
    println!("{valid} valid numbers");

    let handles: Vec<String> = rows.into_iter().map(|(handle, _phone)| handle).collect();
    upload_handles(&handles);
}
