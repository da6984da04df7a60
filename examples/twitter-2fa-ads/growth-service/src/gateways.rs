//! Outbound messaging used by the login flows: SMS for one-time codes, email for resets and
//! alerts. Both are security channels; nothing sent through them is used for advertising.

/// Sends text messages through the carrier aggregator.
#[derive(Debug)]
pub struct SmsGateway {
    sender_id: String,
}

impl SmsGateway {
    pub fn new(sender_id: impl Into<String>) -> Self {
        Self {
            sender_id: sender_id.into(),
        }
    }

    /// Sends one text message; `to` must be an E.164 number.
    pub fn send(&self, to: &str, body: &str) -> bool {
        if !to.starts_with('+') {
            return false;
        }
        println!("sms from {} to {to}: {body}", self.sender_id);
        true
    }
}

/// Sends transactional email.
#[derive(Debug)]
pub struct Mailer {
    from: String,
}

impl Mailer {
    pub fn new(from: impl Into<String>) -> Self {
        Self { from: from.into() }
    }

    pub fn send(&self, to: &str, subject: &str, body: &str) -> bool {
        println!("mail from {} to {to}: {subject}\n    {body}", self.from);
        true
    }
}
