//! Two different security fields formatted into one argument are two findings on the same call.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    #[collected_for(security)]
    pub recovery_email: String,
    #[collected_for(security)]
    pub backup_phone: String,
}

pub struct IdentityGraph;

impl IdentityGraph {
    #[ad_targeting]
    pub fn link_identifiers(&self, member_id: u64, identifiers: &str) {
        let _ = (member_id, identifiers);
    }
}

pub fn stitch(graph: &IdentityGraph, member: &Member) {
    let ids = format!("{}|{}", member.recovery_email, member.backup_phone);
    graph.link_identifiers(member.member_id, &ids); //~ ERROR purpose_violation x2
}
