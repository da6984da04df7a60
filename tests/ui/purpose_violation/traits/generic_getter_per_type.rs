//! Two types implement `HasEmail` with their own security field; each upload gets exactly the field of the type it built.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Employee {
    pub team: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

#[derive(Purpose)]
pub struct Contractor {
    pub agency: String,
    #[collected_for(security)]
    pub backup_email: String,
}

pub trait HasEmail {
    fn email(&self) -> &str;
}

impl HasEmail for Employee {
    fn email(&self) -> &str {
        &self.recovery_email
    }
}

impl HasEmail for Contractor {
    fn email(&self) -> &str {
        &self.backup_email
    }
}

#[ad_targeting]
fn upload_segment(name: &str, emails: Vec<String>) {
    let _ = (name, emails);
}

fn build_segment<T: HasEmail>(people: &[T]) -> Vec<String> {
    people.iter().map(|p| p.email().to_lowercase()).collect()
}

pub fn b2b_campaign(staff: &[Employee], vendors: &[Contractor]) {
    upload_segment("b2b-staff", build_segment(staff)); //~ ERROR purpose_violation
    upload_segment("b2b-vendors", build_segment(vendors)); //~ ERROR purpose_violation
}
