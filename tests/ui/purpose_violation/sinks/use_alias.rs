//! A sink imported under another name (`use .. as share_with_partners`) is still a sink; the marker is on the alias.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

mod partners {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn upload_audience(name: &str, phones: &[String]) {
        let _ = (name, phones);
    }
}

use partners::upload_audience as share_with_partners;

pub fn share(profiles: &[Profile]) {
    let phones: Vec<String> = profiles.iter().map(|p| p.totp_backup_phone.clone()).collect();
    share_with_partners("secure-users", &phones); //~ ERROR purpose_violation
}
