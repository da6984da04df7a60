//! Safe: a `for_each_verified` helper hands whole users to two closures; the ads closure reads only `id` and `plan`, the SMS closure reads the 2FA phone.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub plan: String,
    pub verified: bool,
    #[collected_for(security)]
    pub phone_2fa: String,
}

pub struct AdsApi;

impl AdsApi {
    #[ad_targeting]
    pub fn bump_engagement(&self, user_id: u64, plan: &str) {
        let _ = (user_id, plan);
    }
}

pub struct SmsGateway;

impl SmsGateway {
    pub fn send(&self, to: &str, body: &str) {
        let _ = (to, body);
    }
}

pub fn for_each_verified<F: FnMut(&User)>(users: &[User], mut f: F) {
    for u in users.iter().filter(|u| u.verified) {
        f(u);
    }
}

pub fn weekly_digest(users: &[User], ads: &AdsApi, sms: &SmsGateway) {
    for_each_verified(users, |u| ads.bump_engagement(u.id, &u.plan));
    for_each_verified(users, |u| {
        sms.send(&u.phone_2fa, "Your weekly security summary is ready")
    });
}
