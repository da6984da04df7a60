//! A helper that returns the security field hands the phone number to its caller, which uploads it.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub member_id: u64,
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

pub mod audiences {
    use purpose::ad_targeting;

    /// Adds one contact to a lookalike seed list on the ads platform.
    #[ad_targeting]
    pub fn add_contact(list_id: u32, contact: &str) {
        println!("list {list_id}: adding contact of {} bytes", contact.len());
    }
}

fn phone_of(member: &Member) -> String {
    member.phone.clone()
}

pub fn refresh_lookalike_list(members: &[Member]) {
    for member in members {
        let contact = phone_of(member);
        audiences::add_contact(42, &contact); //~ ERROR purpose_violation
    }
}
