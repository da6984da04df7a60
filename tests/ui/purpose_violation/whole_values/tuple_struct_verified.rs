//! A `Verified(Account, u64)` tuple struct wraps an account after OTP verification and is passed whole to a seeder that reads `.0.totp_phone`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Account {
    pub id: u64,
    pub tier: String,
    #[collected_for(security)]
    pub totp_phone: String,
}

pub struct Verified(pub Account, pub u64);

#[derive(Default)]
pub struct LookalikeSeeder {
    keys: Vec<String>,
}

impl LookalikeSeeder {
    #[ad_targeting]
    pub fn seed(&mut self, v: &Verified) {
        let Verified(account, verified_at) = v;
        self.keys.push(format!("{}|{}|{}", account.tier, account.totp_phone, verified_at));
    }
}

pub fn verify_otp(account: Account, code: &str, expected: &str, now: u64) -> Result<Verified, String> {
    if code != expected {
        return Err(format!("bad code for {}", account.id));
    }
    Ok(Verified(account, now))
}

pub fn complete_login(account: Account, code: &str, expected: &str, seeder: &mut LookalikeSeeder) -> Result<u64, String> {
    let now = 1_700_000_000;
    let verified = verify_otp(account, code, expected, now)?;
    seeder.seed(&verified); //~ ERROR purpose_violation
    Ok(verified.0.id)
}
