//! The CRM crate forwards contacts to the ads platform: the finding is on the sink call here, because
//! `growth` passes it the phone.
pub struct Contact {
    pub name: String,
    pub phone: String,
}

pub fn share_contact(contact: &Contact) {
    ads_platform::upload_contact(&contact.name, &contact.phone); //~ ERROR purpose_violation
}
