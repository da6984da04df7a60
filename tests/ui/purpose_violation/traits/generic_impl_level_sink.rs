//! Only one impl's method is annotated; a generic helper instantiated with that impl carries 2FA phones into it.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub plan: String,
    #[collected_for(security)]
    pub otp_phone: String,
}

pub trait Destination {
    fn deliver(&self, record: &str);
}

pub struct AuditLog;
pub struct GoogleCustomerMatch;

impl Destination for AuditLog {
    fn deliver(&self, record: &str) {
        eprintln!("audit: {record}");
    }
}

impl Destination for GoogleCustomerMatch {
    #[ad_targeting]
    fn deliver(&self, record: &str) {
        let _ = record;
    }
}

fn push_all<D: Destination>(dest: &D, records: &[String]) {
    for r in records {
        dest.deliver(r); //~ ERROR purpose_violation
    }
}

pub fn weekly_sync(subs: &[Subscriber]) {
    let phones: Vec<String> = subs
        .iter()
        .filter(|s| s.plan != "free")
        .map(|s| s.otp_phone.clone())
        .collect();
    push_all(&AuditLog, &phones);
    push_all(&GoogleCustomerMatch, &phones);
}
