//! Safe: a `NotifyArgs` parameter struct carries both the MFA phone and the acquisition campaign into a helper; the helper texts the phone and sends only the campaign to the ads tracker.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub acquisition_campaign: String,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub struct NotifyArgs<'a> {
    pub user_id: u64,
    pub phone: &'a str,
    pub campaign: &'a str,
}

pub struct Sms;

impl Sms {
    pub fn send(&self, to: &str, body: &str) {
        let _ = (to, body);
    }
}

pub struct CampaignTracker;

impl CampaignTracker {
    #[ad_targeting]
    pub fn track_campaign(&self, user_id: u64, campaign: &str) {
        let _ = (user_id, campaign);
    }
}

fn notify_and_track(args: &NotifyArgs<'_>, sms: &Sms, tracker: &CampaignTracker) {
    sms.send(args.phone, "New device signed in to your account");
    tracker.track_campaign(args.user_id, args.campaign);
}

pub fn on_new_device(u: &User, sms: &Sms, tracker: &CampaignTracker) {
    let args = NotifyArgs {
        user_id: u.id,
        phone: &u.mfa_phone,
        campaign: &u.acquisition_campaign,
    };
    notify_and_track(&args, sms, tracker);
}
