//! Safe: a helper returns (phone, audience id) as a tuple; destructuring sends the phone to SMS and only the id to ads.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub region: String,
    #[collected_for(security)]
    pub phone: String,
}

fn split_contact(a: &Account) -> (String, String) {
    (a.phone.clone(), format!("{}-{}", a.region, a.id))
}

mod sms {
    pub fn send(to: &str, body: &str) {
        println!("{to}: {body}");
    }
}

mod ads {
    #[purpose::ad_targeting]
    pub fn tag_audience(audience_id: &str) {
        let _ = audience_id;
    }
}

pub fn welcome(accounts: &[Account]) {
    for a in accounts {
        let (verify_to, audience_id) = split_contact(a);
        sms::send(&verify_to, "Welcome! Reply YES to confirm this number.");
        ads::tag_audience(&audience_id);
    }
}
