//! A group import `use crate::ads::{self, upload_members}` brings in the sink both by name and through
//! the module; both call forms are sinks.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub nickname: String,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub mod ads {
    use purpose::ad_targeting;

    pub fn campaign_id(name: &str) -> u32 {
        name.len() as u32
    }

    #[ad_targeting]
    pub fn upload_members(campaign: u32, identifier: &str) {
        println!("campaign {campaign}: {identifier}");
    }
}

pub mod retention {
    use crate::User;
    use crate::ads::{self, upload_members};

    pub fn win_back(user: &User) {
        let campaign = ads::campaign_id("win-back-q3");
        upload_members(campaign, &user.phone); //~ ERROR purpose_violation
        ads::upload_members(campaign, &user.recovery_email); //~ ERROR purpose_violation
        ads::upload_members(campaign, &user.nickname);
    }
}
