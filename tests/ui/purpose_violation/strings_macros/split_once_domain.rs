//! The domain of the recovery email, extracted with `split_once('@')?` in an `Option`-returning helper, is sent as a B2B firmographic targeting key.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct WorkspaceAdmin {
    pub workspace_id: u64,
    pub seats: u32,
    #[collected_for(security)]
    pub recovery_email: String,
}

fn email_domain(addr: &str) -> Option<String> {
    let (_, domain) = addr.trim().split_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    Some(domain)
}

pub mod firmographics {
    use super::ad_targeting;

    pub struct Client {
        pub base_url: String,
    }

    impl Client {
        #[ad_targeting]
        pub fn target_company(&self, domain: &str, seats: u32) {
            let _ = (&self.base_url, domain, seats);
        }
    }
}

pub fn weekly_firmographic_sync(admins: &[WorkspaceAdmin], firmo: &firmographics::Client) {
    for admin in admins {
        let Some(domain) = email_domain(&admin.recovery_email) else {
            tracing::warn!(workspace = admin.workspace_id, "malformed recovery email");
            continue;
        };
        firmo.target_company(&domain, admin.seats); //~ ERROR purpose_violation
    }
}
