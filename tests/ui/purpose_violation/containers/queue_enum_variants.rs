//! Safe: one `VecDeque` carries both OTP jobs (with the phone) and audience jobs (with the user id); only the latter reach ads.
use std::collections::VecDeque;

use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

enum Job {
    SendOtp { to: String, code: u32 },
    SyncAudience { user_id: u64 },
}

mod sms {
    pub fn send(to: &str, body: &str) {
        println!("{to}: {body}");
    }
}

#[ad_targeting]
fn sync_audience_member(user_id: u64) {
    let _ = user_id;
}

pub fn run(users: &[User]) {
    let mut queue = VecDeque::new();
    for u in users {
        queue.push_back(Job::SendOtp { to: u.phone.clone(), code: 481_516 });
        queue.push_back(Job::SyncAudience { user_id: u.id });
    }

    while let Some(job) = queue.pop_front() {
        match job {
            Job::SendOtp { to, code } => sms::send(&to, &format!("code {code}")),
            Job::SyncAudience { user_id } => sync_audience_member(user_id),
        }
    }
}
