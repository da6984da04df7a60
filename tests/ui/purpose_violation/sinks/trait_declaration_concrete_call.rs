//! A trait method annotated in the trait declaration is a sink in every impl, called here on a concrete type.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
}

pub mod audience {
    use purpose::ad_targeting;

    pub trait AudienceSink {
        #[ad_targeting]
        fn push_contact(&self, contact: &str);
    }
}

use audience::AudienceSink;

pub struct MetaAudiences {
    pub ad_account: String,
}

impl AudienceSink for MetaAudiences {
    fn push_contact(&self, contact: &str) {
        let _ = (&self.ad_account, contact);
    }
}

pub fn sync(member: &Member) {
    let meta = MetaAudiences { ad_account: String::from("act_1234") };
    meta.push_contact(&member.recovery_email); //~ ERROR purpose_violation
}
