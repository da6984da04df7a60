//! The sink is a trait method annotated in the trait declaration; the call goes to a concrete impl.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub trait AudienceSink {
    #[ad_targeting]
    fn ingest(&self, identifier: &str);
}

pub struct LookalikeExporter {
    pub audience_id: u64,
}

impl AudienceSink for LookalikeExporter {
    fn ingest(&self, identifier: &str) {
        println!("lookalike {} <- {identifier}", self.audience_id);
    }
}

pub fn export(account: &Account) {
    let exporter = LookalikeExporter { audience_id: 99 };
    exporter.ingest(&account.phone); //~ ERROR purpose_violation
}
