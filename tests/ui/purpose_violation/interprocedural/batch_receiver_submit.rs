//! A helper fills an `AudienceBatch` through `&mut` with 2FA phones; the batch itself is the receiver of the consuming `submit(self)` sink.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    pub mfa_enabled: bool,
    #[collected_for(security)]
    pub mfa_phone: String,
}

pub struct AudienceBatch {
    list_id: String,
    members: Vec<String>,
}

impl AudienceBatch {
    pub fn new(list_id: &str) -> Self {
        AudienceBatch {
            list_id: list_id.to_string(),
            members: Vec::new(),
        }
    }

    pub fn add(&mut self, member: String) {
        self.members.push(member);
    }

    #[ad_targeting]
    pub fn submit(self) -> usize {
        let body = self.members.join("\n");
        tracing::info!(list = %self.list_id, bytes = body.len(), "submitting batch");
        self.members.len()
    }
}

fn collect_enrolled(users: &[User], batch: &mut AudienceBatch) {
    for u in users.iter().filter(|u| u.mfa_enabled) {
        batch.add(u.mfa_phone.replace('-', ""));
    }
}

pub fn weekly_mfa_audience(users: &[User]) -> usize {
    let mut batch = AudienceBatch::new("mfa-enrolled");
    collect_enrolled(users, &mut batch);
    batch.submit() //~ ERROR purpose_violation
}
