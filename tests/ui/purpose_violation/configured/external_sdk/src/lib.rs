//! Sinks and sources of dependencies, named in `purpose.toml`, are found through the code's own
//! imports, receivers and getters.
use ads_sdk::AudienceClient;
use auth0::UserInfo;
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
    #[collected_for(marketing)]
    pub promo_email: String,
}

pub fn sync(client: &AudienceClient, account: &Account, info: &UserInfo) {
    client.upload(vec![account.phone.clone()]); //~ ERROR purpose_violation
    client.upload(vec![account.handle.clone()]);
    client.upload(vec![account.promo_email.clone()]);
    segment::track("signup", &info.phone_number); //~ ERROR purpose_violation
}

pub fn nightly(info: &UserInfo) {
    let client = AudienceClient::new("key");
    let number = info.phone_number().to_string();
    client.upload(vec![number]); //~ ERROR purpose_violation
}
