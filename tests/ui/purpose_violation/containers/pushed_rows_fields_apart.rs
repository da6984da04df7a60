//! Export rows pushed into a `Vec` hold the handle and the 2FA phone side by side; the ads export reads only handles, the leak reads the phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct ExportRow {
    pub handle: String,
    pub phone: String,
}

#[ad_targeting]
fn add_to_audience(key: &str) {
    let _ = key;
}

fn rows_for(users: &[User]) -> Vec<ExportRow> {
    let mut rows = Vec::new();
    for u in users {
        rows.push(ExportRow { handle: u.handle.clone(), phone: u.phone.clone() });
    }
    rows
}

pub fn export_handles(users: &[User]) {
    let rows = rows_for(users);
    for row in &rows {
        add_to_audience(&row.handle);
    }
}

pub fn export_phones(users: &[User]) {
    let rows = rows_for(users);
    if let Some(first) = rows.first() {
        add_to_audience(&first.phone); //~ ERROR purpose_violation
    }
}
