//! A callee fills a caller-owned `&mut Vec<String>` with 2FA phones; the caller then uploads the buffer.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub active: bool,
    #[collected_for(security)]
    pub phone: String,
}

fn collect_contacts(users: &[User], out: &mut Vec<String>) {
    for u in users.iter().filter(|u| u.active) {
        out.push(format!("+{}", u.phone.trim_start_matches('+')));
    }
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub fn upload_audience(name: &str, contacts: &[String]) {
        let _ = (name, contacts);
    }
}

pub fn weekly(users: &[User]) {
    let mut buf = Vec::with_capacity(users.len());
    collect_contacts(users, &mut buf);
    ads::upload_audience("active-users", &buf); //~ ERROR purpose_violation
}
