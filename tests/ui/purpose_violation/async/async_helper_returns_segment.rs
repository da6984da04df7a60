//! Safe: an async helper loads the user with `.await?`, texts a re-verification code to the OTP phone, and returns only a country/tier segment, which is what the ads call receives.
use purpose::{Purpose, ad_targeting};
use std::collections::HashMap;

#[derive(Purpose, Clone)]
pub struct User {
    pub id: u64,
    pub country: String,
    pub tier: String,
    pub needs_reverify: bool,
    #[collected_for(security)]
    pub otp_phone: String,
}

#[derive(Debug)]
pub struct Error(String);

pub struct Repo {
    users: HashMap<u64, User>,
}

impl Repo {
    pub async fn load(&self, id: u64) -> Result<User, Error> {
        self.users
            .get(&id)
            .cloned()
            .ok_or_else(|| Error(format!("user {id} not found")))
    }
}

pub struct Sms;

impl Sms {
    pub async fn send_code(&self, to: &str) -> Result<(), Error> {
        let _ = to;
        Ok(())
    }
}

pub struct Ads;

impl Ads {
    #[ad_targeting]
    pub async fn add_to_segment(&self, user_id: u64, segment: &str) -> Result<(), Error> {
        let _ = (user_id, segment);
        Ok(())
    }
}

async fn audience_segment(repo: &Repo, sms: &Sms, id: u64) -> Result<String, Error> {
    let u = repo.load(id).await?;
    if u.needs_reverify {
        sms.send_code(&u.otp_phone).await?;
    }
    Ok(format!("{}:{}", u.country.to_lowercase(), u.tier))
}

pub async fn on_session_start(repo: &Repo, sms: &Sms, ads: &Ads, id: u64) -> Result<(), Error> {
    let segment = audience_segment(repo, sms, id).await?;
    ads.add_to_segment(id, &segment).await?;
    Ok(())
}
