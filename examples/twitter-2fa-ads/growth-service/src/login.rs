//! Login endpoints: two-factor codes by SMS, password resets and new-login alerts by email.
//!
//! These are the uses the phone number and the recovery email were collected for.

use accounts::Account;

use crate::gateways::{Mailer, SmsGateway};
use crate::normalize::normalize_phone;

pub struct LoginService {
    sms: SmsGateway,
    mailer: Mailer,
}

impl LoginService {
    pub fn new(sms: SmsGateway, mailer: Mailer) -> Self {
        Self { sms, mailer }
    }

    /// Texts a six-digit login code to the enrolled two-factor phone.
    pub fn send_login_code(&self, account: &Account, code: u32) -> bool {
        let to = normalize_phone(&account.two_factor_phone);
        let body = format!("{code:06} is your login code. Don't share it with anyone.");
        self.sms.send(&to, &body)
    }

    /// Emails a password reset link to the recovery address.
    pub fn send_password_reset(&self, account: &Account, token: &str) -> bool {
        let link = format!("https://example.com/account/reset?token={token}");
        self.mailer.send(
            account.recovery_contact(),
            "Reset your password",
            &format!(
                "Hi @{}, follow {link} to choose a new password.",
                account.handle
            ),
        )
    }

    /// Warns the account holder about a login from a device we have not seen before.
    pub fn alert_new_login(&self, account: &Account, device: &str) -> bool {
        self.mailer.send(
            &account.recovery_email,
            "New login to your account",
            &format!("We noticed a login from {device}. If this wasn't you, reset your password."),
        )
    }
}

/// Derives a short-lived one-time code. A stand-in for the real TOTP service.
pub fn one_time_code(account: &Account, now_secs: u64) -> u32 {
    let window = now_secs / 30;
    ((account.id.wrapping_mul(2_654_435_761) ^ window) % 1_000_000) as u32
}
